import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { impositionOrder } from './booklet.js';

describe('impositionOrder', () => {
  it('orders 8 pages for saddle stitching', () => {
    expect(impositionOrder(8)).toEqual([[8, 1], [2, 7], [6, 3], [4, 5]]);
  });

  it('pads with blanks (0) to a multiple of 4 at the end of the book', () => {
    expect(impositionOrder(5)).toEqual([[0, 1], [2, 0], [0, 3], [4, 5]]);
  });

  it('places every page exactly once, facing pages summing to n+1, for any length', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), (count) => {
        const sides = impositionOrder(count);
        const n = Math.ceil(count / 4) * 4;
        expect(sides.length).toBe(n / 2);
        const pages = sides.flat().filter((p) => p > 0).sort((a, b) => a - b);
        expect(pages).toEqual(Array.from({ length: count }, (_, i) => i + 1));
        // Padding only blanks out the pages past the end; the unpadded order has facing pages summing to n+1,
        // odd pages on the right of fronts and even pages on the left of backs.
        const full = impositionOrder(n);
        expect(sides).toEqual(full.map(([l, r]) => [l <= count ? l : 0, r <= count ? r : 0]));
        full.forEach(([l, r], i) => {
          expect(l + r).toBe(n + 1);
          expect(i % 2 === 0 ? r % 2 : l % 2).toBe(i % 2 === 0 ? 1 : 0);
        });
      }),
    );
  });

  it('rejects a page count that is not a positive integer', () => {
    expect(() => impositionOrder(0)).toThrow(TypeError);
  });
});
