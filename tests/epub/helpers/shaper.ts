import * as hb from 'harfbuzzjs';

/** A word as HarfBuzz shapes it with `font`: each glyph's outline and position, to compare a subset with its font. */
export function shaper(font: Uint8Array): (word: string) => string {
  const hbFont = new hb.Font(new hb.Face(new hb.Blob(font)));
  return (word) => {
    const buffer = new hb.Buffer();
    buffer.addText(word);
    buffer.guessSegmentProperties();
    hb.shape(hbFont, buffer);
    const positions = buffer.getGlyphPositions();
    return buffer.getGlyphInfos().map((info, i) => `${hbFont.glyphToPath(info.codepoint)}@${JSON.stringify(positions[i])}`).join(' ');
  };
}
