import * as hb from 'harfbuzzjs';
import { fontBytes, type FontWeight } from '@book/fonts';

/** One glyph as HarfBuzz positions it, in font units. `cluster` is a UTF-16 offset into the shaped text. */
export interface ShapedGlyph {
  gid: number;
  cluster: number;
  xAdvance: number;
  xOffset: number;
  yOffset: number;
}

/** A HarfBuzz cluster: the glyphs drawn for one indivisible piece of text (a Devanagari syllable, a letter). */
export interface Cluster {
  text: string;
  glyphs: ShapedGlyph[];
  advance: number;
}

interface LoadedFont {
  font: hb.Font;
  upem: number;
  cache: Map<string, ShapedGlyph[]>;
}

const loaded = new Map<FontWeight, LoadedFont>();

function load(weight: FontWeight): LoadedFont {
  let entry = loaded.get(weight);
  if (!entry) {
    const face = new hb.Face(new hb.Blob(fontBytes(weight)));
    entry = { font: new hb.Font(face), upem: face.upem, cache: new Map() };
    loaded.set(weight, entry);
  }
  return entry;
}

export function unitsPerEm(weight: FontWeight): number {
  return load(weight).upem;
}

/** Shapes text exactly as `hb-shape FONT TEXT` does (default features, script and direction guessed). */
export function shape(weight: FontWeight, text: string): ShapedGlyph[] {
  const entry = load(weight);
  const hit = entry.cache.get(text);
  if (hit) return hit;
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  hb.shape(entry.font, buffer);
  const infos = buffer.getGlyphInfos();
  const positions = buffer.getGlyphPositions();
  const glyphs = infos.map((info, i) => {
    const p = positions[i]!;
    return { gid: info.codepoint, cluster: info.cluster, xAdvance: p.xAdvance, xOffset: p.xOffset, yOffset: p.yOffset };
  });
  entry.cache.set(text, glyphs);
  return glyphs;
}

/**
 * Splits shaped text into clusters in logical order. HarfBuzz keeps each Devanagari syllable in one cluster
 * (reordered ि and reph included), so a cluster's text is always contiguous and in reading order.
 */
export function clusters(weight: FontWeight, text: string): Cluster[] {
  const glyphs = shape(weight, text);
  const starts = [...new Set(glyphs.map((g) => g.cluster))].sort((a, b) => a - b);
  const out: Cluster[] = [];
  for (const [i, start] of starts.entries()) {
    const end = starts[i + 1] ?? text.length;
    const own = glyphs.filter((g) => g.cluster === start);
    out.push({ text: text.slice(start, end), glyphs: own, advance: own.reduce((s, g) => s + g.xAdvance, 0) });
  }
  return out;
}
