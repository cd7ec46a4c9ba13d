import { loadBook, type LoadResult } from './book.js';
import { ChapterCache } from './chapter-cache.js';
import { ChapterStore } from './chapter-store.js';
import { parseAhead } from './parse-ahead.js';

export interface LoadContentOptions {
  env?: NodeJS.ProcessEnv;
  /** Folder to look for node_modules/.cache from (the default store's place); the working folder by default. */
  from?: string;
  /** Worker threads for the chapters not in the store: undefined decides by their size (parseAhead), 0 for none. */
  threads?: number;
}

/**
 * loadBook as the commands run it: chapters the store holds (ChapterStore, $BOOK_MODEL_CACHE) are not parsed
 * again, and a big book's others are parsed in worker threads first. Same Book, same messages as loadBook alone.
 */
export async function loadContent(contentDir: string, { env = process.env, from, threads }: LoadContentOptions = {}): Promise<LoadResult> {
  const store = ChapterStore.open(from, env);
  const cache = new ChapterCache(store);
  await parseAhead(contentDir, cache, store, threads);
  const result = loadBook(contentDir, { env, cache });
  store?.prune();
  return result;
}
