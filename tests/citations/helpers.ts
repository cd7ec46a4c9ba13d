import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Book } from '@book/model';
import { pageTexts } from '../pdf/helpers/extract.js';
import { root } from '../helpers/pipeline.js';

/** The build output under test: dist/ from `npm run build`, or BOOK_PDF_DIR (e.g. a scratch build). */
export const outDir = process.env.BOOK_PDF_DIR ?? join(root, 'dist');
export const outFile = (ext: string): string => join(outDir, `endocrine-system.${ext}`);

export function builtBook(): Book {
  return JSON.parse(readFileSync(outFile('json'), 'utf8')) as Book;
}

/** Running headers of the reading edition: what pageTexts strips from each page. */
export function furniture(book: Book): string[] {
  return [...book.chapters.map((c) => c.title), book.meta.ui.glossary, book.meta.ui.contents];
}

export function builtPages(book: Book): string[] {
  return pageTexts(outFile('pdf'), furniture(book));
}
