import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { firstNonNfc } from './nfc-position.js';

/** The definition: the first line prefix that is not NFC ends at the offending character (quadratic; small inputs only). */
function naive(text: string): number {
  let offset = 0;
  for (const line of text.split('\n')) {
    for (let end = 1; end <= line.length; end++) {
      const prefix = line.slice(0, end);
      if (prefix !== prefix.normalize('NFC')) return offset + end - 1;
    }
    offset += line.length + 1;
  }
  return 0;
}

const normalize = String.prototype.normalize;
let normalized = 0;
/** Count the characters handed to String.prototype.normalize: the work the finder does, independent of the clock. */
function countNormalizedCharacters(): void {
  normalized = 0;
  String.prototype.normalize = function (this: string, form?: string) {
    normalized += this.length;
    return normalize.call(this, form);
  };
}
afterEach(() => {
  String.prototype.normalize = normalize;
});

describe('firstNonNfc', () => {
  it('finds the same position as the definition', () => {
    const parts = ['e', '\u0301', '\u0316', 'क', '़', '\u0929', 'ि', '्', ' ', '\n', 'A', '\u0344', '\u212b', 'ो', 'ा', 'े', '\u0B47', '\u0B3E', '가', '\u1161'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 40 }), (chunks) => {
        const text = chunks.join('');
        expect(firstNonNfc(text)).toBe(naive(text));
      }),
      { numRuns: 2000, seed: 17 },
    );
    expect(firstNonNfc('अच्छा\ncafe\u0301')).toBe(10);
    // A run with no stable starter longer than the scan limit is bisected; same answer.
    const marks = `a${'\u0316\u0301'.repeat(100)}\u0301\u0316`;
    expect(firstNonNfc(marks)).toBe(naive(marks));
  });

  it('does linear work on a 1.9 MB line with one e + U+0301 near its end', () => {
    const text = `${'a'.repeat(1_900_000)} cafe\u0301`;
    countNormalizedCharacters();
    expect(firstNonNfc(text)).toBe(text.length - 1);
    expect(normalized).toBeLessThanOrEqual(2 * text.length);
  });

  it('does linear work on 200,000 Devanagari characters with no space', () => {
    const hindi = `${'कि'.repeat(100_000)}न\u093c`;
    countNormalizedCharacters();
    expect(firstNonNfc(hindi)).toBe(hindi.length - 1);
    expect(normalized).toBeLessThanOrEqual(2 * hindi.length);

  });
});
