import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasTool } from '../helpers/tools.js';
import { fixtureBook, withTallTableCell, withTallTableHeader } from '../fixtures/book.js';
import { buildInto } from './helpers/built.js';
import { inOrderRecovery, pdftotext, tokens } from './helpers/extract.js';
import { hunspellWords } from './helpers/hb-shape.js';

const dictionary = '/usr/share/hunspell/hi_IN.dic';
// The A5 page and its bottom margin (packages/build-pdf/src/layout/geometry.ts), in points.
const PAGE_HEIGHT = 595.28;
const BOTTOM_MARGIN = 56;

/** Every word pdftotext -bbox finds, with its box in points from the top-left corner of its page. */
function wordBoxes(pdf: string): { page: number; text: string; yMin: number; yMax: number }[] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const boxes: { page: number; text: string; yMin: number; yMax: number }[] = [];
  let page = 0;
  for (const m of html.matchAll(/<page\b|<word xMin="[\d.]+" yMin="([\d.-]+)" xMax="[\d.]+" yMax="([\d.-]+)">([^<]*)<\/word>/g)) {
    if (m[0] === '<page') page++;
    else boxes.push({ page, text: m[3]!.normalize('NFC'), yMin: Number(m[1]), yMax: Number(m[2]) });
  }
  return boxes;
}

describe.skipIf(!hasTool(dictionary, 'hunspell-hi') || !hasTool('pdftotext', 'poppler-utils'))('a table row taller than a page', () => {
  const all = hunspellWords(dictionary);
  const step = Math.floor(all.length / 1800);
  const words = all.filter((_, i) => i % step === 0).slice(0, 1800);
  const book = withTallTableCell(words.join(' '));
  const subject = buildInto(book, mkdtempSync(join(tmpdir(), 'pdf-tall-table-')));

  it('is split across pages: pdftotext recovers every word of the 1,800-word cell, in order', () => {
    const r = inOrderRecovery(tokens(words.join(' ')), tokens(pdftotext(subject.pdf)));
    console.log(`tall cell: ${r.total - r.missing.length} of ${r.total} words recovered over ${subject.pageMap.pageCount} pages`);
    expect(r.missing).toEqual([]);
  });

  it('draws no word of the cell below the bottom margin', () => {
    const cellWords = new Set(tokens(words.join(' ')));
    const boxes = wordBoxes(subject.pdf).filter((b) => cellWords.has(b.text));
    const below = boxes.filter((b) => b.yMax > PAGE_HEIGHT - BOTTOM_MARGIN + 1 || b.yMin < 0);
    expect(boxes.length).toBeGreaterThanOrEqual(words.length);
    expect(below.slice(0, 5), `${below.length} words below the bottom margin`).toEqual([]);
  });

  it('repeats the header row on every page the row continues on', () => {
    const cellWords = new Set(tokens(words.join(' ')));
    const boxes = wordBoxes(subject.pdf);
    // Pages holding a run of the cell's text (a few dictionary words also occur elsewhere in the book).
    const perPage = new Map<number, number>();
    for (const b of boxes) if (cellWords.has(b.text)) perPage.set(b.page, (perPage.get(b.page) ?? 0) + 1);
    const pages = [...perPage].filter(([, n]) => n >= 20).map(([page]) => page);
    const withHeader = new Set(boxes.filter((b) => b.text === 'कार्य').map((b) => b.page));
    expect(pages.length, 'the cell spans several pages').toBeGreaterThan(5);
    expect(pages.filter((p) => !withHeader.has(p))).toEqual([]);
  });
});

describe.skipIf(!hasTool(dictionary, 'hunspell-hi') || !hasTool('pdftotext', 'poppler-utils'))('a table header row taller than a page', () => {
  const all = hunspellWords(dictionary);
  const step = Math.floor(all.length / 1800);
  const words = all.filter((_, i) => i % step === 0).slice(0, 1800);
  // Below it, a row that runs over several pages too: a repeated header would fill each continuation page.
  const rowWords = all.filter((_, i) => i % step === 1).slice(0, 1800);
  const book = withTallTableHeader(words.join(' '), withTallTableCell(rowWords.join(' ')));
  const subject = buildInto(book, mkdtempSync(join(tmpdir(), 'pdf-tall-header-')));
  const table = fixtureBook.chapters.flatMap((c) => c.blocks).findLast((b) => b.type === 'table')!;
  if (table.type !== 'table') throw new TypeError('the fixture has no table');

  it('is printed once, split across pages, with every word in order and none below the bottom margin', () => {
    const r = inOrderRecovery(tokens(words.join(' ')), tokens(pdftotext(subject.pdf)));
    expect(r.missing).toEqual([]);
    const headerWords = new Set(tokens(words.join(' ')));
    const boxes = wordBoxes(subject.pdf).filter((b) => headerWords.has(b.text));
    const below = boxes.filter((b) => b.yMax > PAGE_HEIGHT - BOTTOM_MARGIN + 1 || b.yMin < 0);
    expect(below.slice(0, 5), `${below.length} words below the bottom margin`).toEqual([]);
    // Printed once: about as many header words as the cell has (a few dictionary words also occur elsewhere).
    expect(boxes.length).toBeLessThan(1.2 * words.length);
  });

  it('leaves the body rows whole below it', () => {
    const text = pdftotext(subject.pdf).normalize('NFC');
    const afterHeader = text.slice(text.lastIndexOf(words.at(-1)!));
    expect(inOrderRecovery(tokens(rowWords.join(' ')), tokens(afterHeader)).missing).toEqual([]);
    const cells = table.rows.flatMap((row) => row.map((cell) => cell.map((run) => run.text).join('')));
    for (const cell of cells) expect(afterHeader).toContain(cell);
    const bodyWords = new Set([...rowWords, ...cells.flatMap((cell) => tokens(cell))]);
    const boxes = wordBoxes(subject.pdf).filter((b) => bodyWords.has(b.text));
    expect(boxes.filter((b) => b.yMax > PAGE_HEIGHT - BOTTOM_MARGIN + 1)).toEqual([]);
  });
});
