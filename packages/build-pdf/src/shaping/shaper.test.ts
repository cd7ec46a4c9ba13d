import { describe, expect, it } from 'vitest';
import { clusters, shape } from './shaper.js';

describe('clusters', () => {
  it('keeps the pre-base matra ि with its consonant, in logical text order', () => {
    const [only, ...rest] = clusters('regular', 'कि');
    expect(rest).toEqual([]);
    expect(only!.text).toBe('कि');
    expect(only!.glyphs).toHaveLength(2);
    // Visual order: the matra glyph is drawn first, the consonant second.
    expect(only!.glyphs.map((g) => g.gid)).toEqual(shape('regular', 'कि').map((g) => g.gid));
    expect(only!.glyphs[0]!.gid).not.toBe(shape('regular', 'क')[0]!.gid);
  });

  it('splits a word into syllables whose texts rebuild the word', () => {
    const parts = clusters('regular', 'हार्मोन');
    expect(parts.map((c) => c.text)).toEqual(['हा', 'र्मो', 'न']);
    for (const c of parts) expect(c.advance).toBe(c.glyphs.reduce((s, g) => s + g.xAdvance, 0));
  });

  it('hands out one object per distinct cluster, shared by every word containing it', () => {
    const [ha] = clusters('regular', 'हार्मोन');
    const [alsoHa] = clusters('regular', 'हाथ');
    expect(alsoHa!.text).toBe('हा');
    expect(alsoHa).toBe(ha);
    // Same text in the other weight is another cluster (other glyphs).
    expect(clusters('bold', 'हाथ')[0]).not.toBe(ha);
  });

  it('never yields .notdef for Devanagari, Latin or punctuation used in the book', () => {
    for (const text of ['ज्ञान', 'ड्रिंक', 'र्ट्रि', 'ऑक्सीटोसिन', 'Follicle-stimulating (FSH)', '— ; : । ॥']) {
      expect(shape('regular', text).some((g) => g.gid === 0)).toBe(false);
      expect(shape('bold', text).some((g) => g.gid === 0)).toBe(false);
    }
  });
});
