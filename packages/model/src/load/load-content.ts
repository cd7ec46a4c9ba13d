import { loadBook, type LoadResult } from './book.js';
import { ChapterCache } from './chapter-cache.js';
import { ChapterStore } from './chapter-store.js';
import { parseAhead } from './parse-ahead.js';
import { InputError } from '../io/input-error.js';

export interface LoadContentOptions {
  env?: NodeJS.ProcessEnv;
  /** Folder to look for node_modules/.cache from (the default store's place); the working folder by default. */
  from?: string;
  /** Worker threads for the chapters not in the store, 0 for none; by default as $BOOK_MODEL_THREADS says (threadCount). */
  threads?: number;
}

/**
 * loadBook as the commands run it: chapters the store holds (ChapterStore, $BOOK_MODEL_CACHE) are not parsed
 * again, and a big book's others are parsed in worker threads first. Same Book, same messages as loadBook alone.
 */
export async function loadContent(contentDir: string, { env = process.env, from, threads }: LoadContentOptions = {}): Promise<LoadResult> {
  const store = ChapterStore.open(from, env);
  const cache = new ChapterCache(store);
  await parseAhead(contentDir, cache, store, threads ?? threadCount(env.BOOK_MODEL_THREADS));
  const result = loadBook(contentDir, { env, cache });
  store?.prune();
  return result;
}

/**
 * $BOOK_MODEL_THREADS unset or "auto": worker threads when there are over 2 MB of chapters to parse (parseAhead,
 * which says what was measured); a number: that many, 0 for none.
 */
function threadCount(value: string | undefined): number | undefined {
  if (value === undefined || value === '' || value === 'auto') return undefined;
  if (!/^\d{1,2}$/.test(value)) throw new InputError(`BOOK_MODEL_THREADS must be a number of threads, 0 for none or auto, not "${value}"`);
  return Number(value);
}
