import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Book, FigureBlock } from '@book/model';
import { buildPdf } from '@book/build-pdf';
import { hasTool } from '../helpers/tools.js';
import { built } from './helpers/built.js';
import { tokens } from './helpers/extract.js';

const subject = built();
const figures = subject.book.chapters.flatMap((c) => c.blocks.filter((b): b is FigureBlock => b.type === 'figure'));
const pageOf = (figure: FigureBlock): number => subject.pageMap.blocks[figure.id]!;

async function pdfjsDocument() {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('pdfjs-dist/legacy/build/pdf.mjs', { paths: [new URL('../../packages/build-pdf/', import.meta.url).pathname] });
  const lib = (await import(pathToFileURL(entry).href)) as typeof import('pdfjs-dist');
  return lib.getDocument({ data: new Uint8Array(readFileSync(subject.pdf)), useSystemFonts: false, isEvalSupported: false }).promise;
}

/** Every word of every label of `figure` that is missing from the extracted text of its page. */
function missingLabelWords(figure: FigureBlock, pageText: string): string[] {
  const got = new Set(tokens(pageText));
  return figure.labels.flatMap((label) => tokens(label.text)).filter((word) => !got.has(word));
}

interface StructNode {
  role?: string;
  alt?: string;
  children?: StructNode[];
}
const findAll = (node: StructNode, role: string): StructNode[] => [...(node.role === role ? [node] : []), ...(node.children ?? []).flatMap((kid) => findAll(kid, role))];

describe.skipIf(subject.source !== 'dist')('figures in the PDF', () => {
  it('every figure has a page in the page map', () => {
    expect(figures.length).toBeGreaterThanOrEqual(5);
    for (const figure of figures) expect(pageOf(figure), figure.id).toBeGreaterThan(1);
  });

  it.skipIf(!hasTool('pdftotext', 'poppler-utils'))('pdftotext recovers every label word from the figure pages', () => {
    for (const figure of figures) {
      const page = String(pageOf(figure));
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', page, '-l', page, subject.pdf, '-'], { encoding: 'utf8' });
      expect(missingLabelWords(figure, text), figure.id).toEqual([]);
    }
  });

  it.skipIf(!hasTool('mutool', 'mupdf-tools'))('mutool recovers every label word from the figure pages', () => {
    for (const figure of figures) {
      const text = execFileSync('mutool', ['draw', '-q', '-F', 'txt', '-o', '-', subject.pdf, String(pageOf(figure))], { encoding: 'utf8' });
      expect(missingLabelWords(figure, text), figure.id).toEqual([]);
    }
  });

  it('pdf.js recovers every label word and finds a Figure with the alt text on each figure page', async () => {
    const doc = await pdfjsDocument();
    for (const figure of figures) {
      const page = await doc.getPage(pageOf(figure));
      const content = await page.getTextContent();
      const text = content.items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? '\n' : ''}` : '')).join('');
      expect(missingLabelWords(figure, text), figure.id).toEqual([]);
      const tree = (await page.getStructTree()) as StructNode;
      expect(findAll(tree, 'Figure').map((node) => node.alt), figure.id).toContain(figure.alt);
    }
    await doc.destroy();
  });

  it('stores each distinct figure drawing once, as a form XObject every use places', () => {
    // A copy of the first figure in the last chapter: the same drawing used twice.
    const book = structuredClone(subject.book) as Book;
    const first = figures[0]!;
    book.chapters.at(-1)!.blocks.push({ ...structuredClone(first), id: `${first.id}-copy` });
    const distinct = new Set(figures.map((f) => `${f.width} ${f.height} ${f.svg}`)).size;
    const out = buildPdf(book);
    const forms = (bytes: Uint8Array): number => Buffer.from(bytes).toString('latin1').match(/\/Subtype \/Form\b/g)?.length ?? 0;
    expect(forms(out.pdf)).toBe(distinct);
    // The booklet's forms: one per A5 page, plus the figures' own.
    expect(forms(out.booklet)).toBe(out.pageMap.pageCount + distinct);
    expect(out.pageMap.blocks[`${first.id}-copy`]).toBeGreaterThan(out.pageMap.blocks[first.id]!);
  });
});
