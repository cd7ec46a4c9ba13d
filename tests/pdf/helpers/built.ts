import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Book } from '@book/model';
import { buildPdf, type PageMap } from '@book/build-pdf';
import { fixtureBook } from '../../fixtures/book.js';
import { builder, modelOutputs } from '@book/dev/builders';
import { bookId, dist as built_ } from '../../helpers/dist.js';

export interface Built {
  book: Book;
  pdf: string;
  booklet: string;
  pageMap: PageMap;
  /** Where the files came from: `npm run build` output or a fresh build of the fixture. */
  source: 'dist' | 'fixture';
}

// BOOK_PDF_DIR points the tests at another build output folder (e.g. a scratch build) instead of dist/.
const dist = process.env.BOOK_PDF_DIR ?? built_.dir;
const names = builder('pdf').outputs(bookId);

/** The PDFs under test: dist/ when `npm run build` made them, else the fixture Book built into a temp dir. */
export function built(): Built {
  const bookJson = join(dist, modelOutputs(bookId).book);
  const pdf = join(dist, names.pdf);
  if (existsSync(bookJson) && existsSync(pdf)) {
    return {
      book: JSON.parse(readFileSync(bookJson, 'utf8')) as Book,
      pdf,
      booklet: join(dist, names.booklet),
      pageMap: JSON.parse(readFileSync(join(dist, names.pageMap), 'utf8')) as PageMap,
      source: 'dist',
    };
  }
  return buildInto(fixtureBook, mkdtempSync(join(tmpdir(), 'pdf-fixture-')), 'fixture');
}

export function buildInto(book: Book, dir: string, source: Built['source'] = 'fixture'): Built {
  const out = buildPdf(book);
  const pdf = join(dir, `${book.meta.id}.pdf`);
  const booklet = join(dir, `${book.meta.id}.booklet.pdf`);
  writeFileSync(pdf, out.pdf);
  writeFileSync(booklet, out.booklet);
  return { book, pdf, booklet, pageMap: out.pageMap, source };
}

export { proseText } from '../../../bench/tools/in-order.mjs';
