import { resolve } from 'node:path';
import { reporter } from 'vfile-reporter';
import type { Book } from '../schema/index.js';
import { loadBook } from '../load/book.js';
import { ChapterStore } from '../load/chapter-store.js';

/**
 * Load content (reusing the chapters the store holds, see ChapterStore), print its messages the way vfile-reporter
 * does, and exit non-zero if it is not valid.
 */
export function loadOrExit(contentDir: string): Book {
  const { book, files } = loadBook(resolve(contentDir), { cache: ChapterStore.open() });
  const report = reporter(files, { quiet: true });
  if (report) process.stderr.write(`${report}\n`);
  if (!book) process.exit(1);
  return book;
}
