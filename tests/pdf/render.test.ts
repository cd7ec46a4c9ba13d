import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasTool } from '../helpers/tools.js';
import { built } from './helpers/built.js';
import { ink, meanDifference, parsePgm, renderPages } from './helpers/raster.js';

const subject = built();
const coverReference = new URL('./reference/cover-24dpi.pgm', import.meta.url).pathname;

describe.skipIf(!hasTool('pdftoppm', 'poppler-utils'))(`rendering of the ${subject.source} PDFs`, () => {
  const pages = renderPages(subject.pdf, 24);

  it('has ink on every page of the reading edition', () => {
    expect(pages).toHaveLength(subject.pageMap.pageCount);
    pages.forEach((page, i) => expect(ink(page), `page ${i + 1}`).toBeGreaterThan(0.002));
  });

  it('draws the cover as the reference does (mean difference under 1.5 of 255)', () => {
    // The cover depends only on book.meta, so the fixture and the real book share it. Regenerate with:
    // pdftoppm -gray -r 24 -f 1 -l 1 dist/endocrine-system.pdf > tests/pdf/reference/cover-24dpi.pgm
    expect(existsSync(coverReference)).toBe(true);
    const reference = parsePgm(new Uint8Array(readFileSync(coverReference)));
    expect(meanDifference(pages[0]!, reference)).toBeLessThan(1.5);
    // …and another page is nothing like it, so the comparison can fail.
    expect(meanDifference(pages[pages.length - 1]!, reference)).toBeGreaterThan(10);
  });

  it('shades the header row of the hormone table across the full text width', () => {
    const effect = subject.book.meta.ui.effect;
    const n = pages.findIndex((_, i) => execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), subject.pdf, '-'], { encoding: 'utf8' }).includes(effect));
    expect(n).toBeGreaterThan(0);
    const [page] = renderPages(subject.pdf, 72, n + 1);
    const { width, data } = page!;
    const left = 46;
    const right = width - 46;
    let shadedRows = 0;
    for (let y = 0; y < page!.height; y++) {
      let shaded = 0;
      for (let x = left; x < right; x++) {
        const v = data[y * width + x]!;
        if (v >= 218 && v <= 240) shaded++;
      }
      if (shaded / (right - left) > 0.6) shadedRows++;
    }
    expect(shadedRows).toBeGreaterThanOrEqual(10);
  });

  it('has ink on both halves of every booklet side that carries two pages', () => {
    const sides = renderPages(subject.booklet, 18);
    expect(sides).toHaveLength(Math.ceil(subject.pageMap.pageCount / 4) * 2);
    const front = sides[0]!;
    const half = (img: typeof front, right: boolean) => ({
      width: img.width / 2,
      height: img.height,
      data: Uint8Array.from({ length: (img.width / 2) * img.height }, (_, i) => img.data[Math.floor(i / (img.width / 2)) * img.width + (i % (img.width / 2)) + (right ? img.width / 2 : 0)]!),
    });
    // Sheet 1 front: right half is the cover, which matches the reading edition's page 1 drawn at the same scale.
    expect(ink(half(front, true))).toBeGreaterThan(0.002);
    expect(ink(half(sides[1]!, false))).toBeGreaterThan(0.002);
  });
});
