import * as hb from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { fontBytes, subsetFont } from './index.js';

/** Words with reph, half forms, conjunct ligatures, nukta, pre-base matra, below-base forms and candrabindu. */
const WORDS = [
  'अंतःस्रावी', 'ग्रंथि', 'हार्मोन', 'क्षत्रिय', 'ज्ञान', 'थायरॉइड', 'अधिवृक्क', 'अग्न्याशय', 'श्रृंखला', 'द्वारा',
  'शुद्ध', 'ब्रह्म', 'पिट्यूटरी', 'ज़्यादा', 'कँपकँपी', 'प्रोलैक्टिन', 'ट्रिप्टोफ़ैन', 'स्त्रावित',
];
const TEXT = WORDS.join(' ');

interface Shaped {
  glyphs: { path: string; xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; cluster: number }[];
}

/** Shapes Devanagari text and returns what a renderer draws: glyph outlines and their positions. */
function shape(font: Uint8Array, text: string): Shaped {
  const face = new hb.Face(new hb.Blob(font));
  const hbFont = new hb.Font(face);
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  hb.shape(hbFont, buffer);
  const positions = buffer.getGlyphPositions();
  return {
    glyphs: buffer.getGlyphInfos().map((info, i) => ({
      path: hbFont.glyphToPath(info.codepoint),
      xAdvance: positions[i]!.xAdvance,
      yAdvance: positions[i]!.yAdvance,
      xOffset: positions[i]!.xOffset,
      yOffset: positions[i]!.yOffset,
      cluster: info.cluster,
    })),
  };
}

describe('subsetFont', () => {
  for (const weight of ['regular', 'bold'] as const) {
    const full = fontBytes(weight);
    const subset = subsetFont(full, TEXT);

    it(`${weight}: shapes every word exactly like the full font (same outlines and positions)`, () => {
      for (const word of WORDS) expect(shape(subset, word), word).toEqual(shape(full, word));
    });

    it(`${weight}: keeps only part of the full font`, () => {
      expect(subset.length).toBeLessThan(full.length * 0.6);
      expect(subsetFont(full, 'हार्मोन').length).toBeLessThan(full.length / 4);
    });
  }

  it('forms the conjunct ligature of क्ष (one glyph, not क + halant + ष)', () => {
    const glyphs = shape(subsetFont(fontBytes('regular'), 'क्ष'), 'क्ष').glyphs;
    expect(glyphs).toHaveLength(1);
    expect(glyphs[0]!.path).not.toBe('');
  });

  it('drops characters the text does not use (drawn as .notdef)', () => {
    const subset = subsetFont(fontBytes('regular'), 'क');
    const [glyph] = shape(subset, 'ह').glyphs;
    expect(glyph).toBeDefined();
    expect(shape(subset, 'ह').glyphs[0]!.path).toBe(shape(subset, '\u{10FFFF}').glyphs[0]!.path);
  });

  it('keeps conjuncts of words shaped apart from each other (closure per word)', () => {
    const subset = subsetFont(fontBytes('regular'), 'क ष ्');
    expect(shape(subset, 'क्ष').glyphs).toHaveLength(3);
    expect(shape(subsetFont(fontBytes('regular'), 'क्ष'), 'क्ष').glyphs).toHaveLength(1);
  });

  it('is deterministic and independent of character order and repetition', () => {
    const a = subsetFont(fontBytes('regular'), TEXT);
    const b = subsetFont(fontBytes('regular'), [...TEXT].reverse().join('') + TEXT);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('returns a copy each call, so a caller changing its bytes changes no later result', () => {
    const first = subsetFont(fontBytes('bold'), TEXT);
    const expected = Buffer.from(first);
    first.fill(0);
    expect(Buffer.from(subsetFont(fontBytes('bold'), TEXT)).equals(expected)).toBe(true);
  });

  it('rejects input that is not font bytes with a TypeError naming the fix', () => {
    expect(() => subsetFont('x' as unknown as Uint8Array, 'क')).toThrow(TypeError);
    expect(() => subsetFont(new Uint8Array(100), 'क')).toThrow(/TrueType/);
  });
});
