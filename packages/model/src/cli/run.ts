import { resolve } from 'node:path';
import { reporter } from 'vfile-reporter';
import type { Book } from '../schema/index.js';
import { loadContent } from '../load/load-content.js';
import { InputError } from '../io/input-error.js';

/**
 * Load content (loadContent: the chapter store, and worker threads for a big book or as $BOOK_MODEL_THREADS says), print its messages the way vfile-reporter does, and exit non-zero if it is not valid.
 */
export async function loadOrExit(contentDir: string, env: NodeJS.ProcessEnv = process.env): Promise<Book> {
  const { book, files } = await loadContent(resolve(contentDir), { env, threads: threadCount(env.BOOK_MODEL_THREADS) });
  const report = reporter(files, { quiet: true });
  if (report) process.stderr.write(`${report}\n`);
  if (!book) process.exit(1);
  return book;
}

/**
 * Unset or "auto": worker threads when there are over 2 MB of chapters to parse (parseAhead, which says what was
 * measured); a number: that many, 0 for none.
 */
function threadCount(value: string | undefined): number | undefined {
  if (value === undefined || value === '' || value === 'auto') return undefined;
  if (!/^\d{1,2}$/.test(value)) throw new InputError(`BOOK_MODEL_THREADS must be a number of threads, 0 for none or auto, not "${value}"`);
  return Number(value);
}
