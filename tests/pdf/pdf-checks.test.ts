import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { hasTool } from '../helpers/tools.js';
import { impositionOrder } from '@book/build-pdf';
import { built } from './helpers/built.js';
import { mutool, pdftotext } from './helpers/extract.js';

const subject = built();
const run = (cmd: string, args: string[]): string => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 });

describe(`structural checks of the ${subject.source} PDFs`, () => {
  it.skipIf(!hasTool('qpdf', 'qpdf')).each([
    ['reading edition', subject.pdf],
    ['booklet', subject.booklet],
  ])('qpdf --check finds nothing wrong in the %s', (_, file) => {
    const result = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('No syntax or stream encoding errors found');
  });

  it.skipIf(!hasTool('pdffonts', 'poppler-utils')).each([
    ['reading edition', subject.pdf],
    ['booklet', subject.booklet],
  ])('embeds every font of the %s as a subset with a ToUnicode map', (_, file) => {
    const rows = run('pdffonts', [file]).trim().split('\n').slice(2);
    expect(rows.map((r) => r.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['NotoSansDevanagari-Bold', 'NotoSansDevanagari-Regular']);
    for (const row of rows) {
      expect(row).toMatch(/^[A-Z]{6}\+\S+\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    }
  });

  it.skipIf(!hasTool('pdfinfo', 'poppler-utils'))('is tagged, titled, A5, with the page count the page map gives', () => {
    const info = run('pdfinfo', [subject.pdf]);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(new RegExp(`^Title:\\s+${subject.book.meta.title}$`, 'm'));
    expect(info).toMatch(new RegExp(`^Pages:\\s+${subject.pageMap.pageCount}$`, 'm'));
    expect(info).toMatch(/^Page size:\s+419\.53 x 595\.28 pts/m);
    const meta = run('pdfinfo', ['-meta', subject.pdf]);
    expect(meta).toContain('<rdf:li>hi</rdf:li>');
    expect(meta).toContain(subject.book.meta.title);
  });

  it.skipIf(!hasTool('pdfinfo', 'poppler-utils'))('imposes the booklet on A4 landscape sheets, two sides per sheet', () => {
    const info = run('pdfinfo', [subject.booklet]);
    const sheets = Math.ceil(subject.pageMap.pageCount / 4);
    expect(info).toMatch(new RegExp(`^Pages:\\s+${sheets * 2}$`, 'm'));
    expect(info).toMatch(/^Page size:\s+841\.89 x 595\.28 pts/m);
  });

  it.skipIf(!hasTool('pdftotext', 'poppler-utils'))('booklet sheet 1 front shows the last page on the left and the cover on the right', () => {
    const n = Math.ceil(subject.pageMap.pageCount / 4) * 4;
    const front = run('pdftotext', ['-f', '1', '-l', '1', '-layout', subject.booklet, '-']);
    expect(front).toContain(subject.book.meta.title);
    const back = run('pdftotext', ['-f', '2', '-l', '2', subject.booklet, '-']);
    // The back of sheet 1 carries page 2 (the contents) and page n-1.
    expect(back).toContain(subject.book.meta.ui.contents);
    expect(n % 4).toBe(0);
  });

  it.skipIf(!hasTool('pdftotext', 'poppler-utils'))('shows on each half of every booklet side the text of the reading edition page its imposition gives', () => {
    // pdftotext crops in pixels at -r 72, i.e. in points: the left A5 page is the left half of the A4 side.
    const half = (side: number, x: number): string =>
      run('pdftotext', ['-r', '72', '-f', String(side), '-l', String(side), '-x', String(x), '-y', '0', '-W', '421', '-H', '596', subject.booklet, '-']);
    const page = (number: number): string => run('pdftotext', ['-f', String(number), '-l', String(number), subject.pdf, '-']);
    const words = (text: string): string => text.replace(/\s+/gu, ' ').trim();
    impositionOrder(subject.pageMap.pageCount).forEach(([left, right], i) => {
      expect(words(half(i + 1, 0)), `side ${i + 1} left`).toBe(left ? words(page(left)) : '');
      expect(words(half(i + 1, 421)), `side ${i + 1} right`).toBe(right ? words(page(right)) : '');
    });
  });

  it.skipIf(!hasTool('mutool', 'mupdf-tools'))('has no .notdef or replacement characters in what extractors read', () => {
    for (const text of [pdftotext(subject.pdf), mutool(subject.pdf)]) {
      expect(text).not.toMatch(/[\uFFFD\u0000]/u);
    }
  });

  it.skipIf(!hasTool('pdftotext', 'poppler-utils'))('puts the chapter titles on the pages the page map gives, with page numbers in the footer', () => {
    for (const chapter of subject.book.chapters) {
      const page = subject.pageMap.chapters[chapter.id]!;
      const text = run('pdftotext', ['-f', String(page), '-l', String(page), subject.pdf, '-']);
      expect(text).toContain(chapter.title);
      expect(text.trim().split('\n').at(-1)!.trim()).toBe(String(page));
    }
  });

  it.skipIf(!hasTool('pdftotext', 'poppler-utils'))('labels editorial additions before their text', () => {
    const editorial = subject.book.chapters.flatMap((c) => c.blocks).find((b) => b.type === 'paragraph' && b.editorial);
    expect(editorial).toBeDefined();
    if (editorial?.type !== 'paragraph') return;
    const page = subject.pageMap.blocks[editorial.id]!;
    const text = run('pdftotext', ['-f', String(page), '-l', String(page + 1), subject.pdf, '-']).replace(/\s+/g, ' ');
    const firstWords = editorial.sentences[0]!.runs.map((r) => r.text).join('').split(/\s+/).slice(0, 3).join(' ');
    const at = text.indexOf(firstWords);
    expect(at).toBeGreaterThan(0);
    expect(text.lastIndexOf(subject.book.meta.ui.editorial, at)).toBeGreaterThanOrEqual(0);
    expect(at - text.lastIndexOf(subject.book.meta.ui.editorial, at)).toBeLessThan(40);
  });
});
