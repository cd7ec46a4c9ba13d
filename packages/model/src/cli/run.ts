import { resolve } from 'node:path';
import { reporter } from 'vfile-reporter';
import type { Book } from '../schema/index.js';
import { loadBook } from '../load/book.js';

/** Load content, print its messages the way vfile-reporter does, and exit non-zero if it is not valid. */
export function loadOrExit(contentDir: string): Book {
  const { book, files } = loadBook(resolve(contentDir));
  const report = reporter(files, { quiet: true });
  if (report) process.stderr.write(`${report}\n`);
  if (!book) process.exit(1);
  return book;
}
