import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { builder, modelOutputs } from '@book/dev/builders';

const root = join(import.meta.dirname, '..', '..');

/** The id in content/book.yaml: the one place the book's name is written. */
export const bookId: string = (parse(readFileSync(join(root, 'content', 'book.yaml'), 'utf8')) as { id: string }).id;

/** Paths of what `npm run build` writes into dist/ for the book in content/, named through the builders' list. */
export const dist = {
  dir: join(root, 'dist'),
  book: join(root, 'dist', modelOutputs(bookId).book),
  pdf: join(root, 'dist', builder('pdf').outputs(bookId).pdf),
  booklet: join(root, 'dist', builder('pdf').outputs(bookId).booklet),
  pageMap: join(root, 'dist', builder('pdf').outputs(bookId).pageMap),
  epub: join(root, 'dist', builder('epub').outputs(bookId).epub),
  apkg: join(root, 'dist', builder('anki').outputs(bookId).apkg),
};
