import { resolve } from 'node:path';
import { reporter } from 'vfile-reporter';
import type { Book } from '../schema/index.js';
import { loadBook } from '../load/book.js';
import { ChapterCache } from '../load/chapter-cache.js';
import { ChapterStore } from '../load/chapter-store.js';
import { parseAhead } from '../load/parse-ahead.js';
import { InputError } from '../io/input-error.js';

/**
 * Load content, print its messages the way vfile-reporter does, and exit non-zero if it is not valid. Chapters the
 * store holds (see ChapterStore) are not parsed again; a big book's others are parsed in worker threads first
 * ($BOOK_MODEL_THREADS sets how many; 0 for none).
 */
export async function loadOrExit(contentDir: string, env: NodeJS.ProcessEnv = process.env): Promise<Book> {
  const dir = resolve(contentDir);
  const store = ChapterStore.open(process.cwd(), env);
  const cache = new ChapterCache(store);
  await parseAhead(dir, cache, store, threadCount(env.BOOK_MODEL_THREADS));
  const { book, files } = loadBook(dir, { cache });
  const report = reporter(files, { quiet: true });
  if (report) process.stderr.write(`${report}\n`);
  if (!book) process.exit(1);
  return book;
}

function threadCount(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d{1,2}$/.test(value)) throw new InputError(`BOOK_MODEL_THREADS must be a number of threads (0 for none), not "${value}"`);
  return Number(value);
}
