import { resolve } from 'node:path';
import { reporter } from 'vfile-reporter';
import type { Book } from '../schema/index.js';
import { loadContent } from '../load/load-content.js';
import { InputError } from '../io/input-error.js';

/**
 * Load content (loadContent: the chapter store, and worker threads if $BOOK_MODEL_THREADS asks for them), print its messages the way vfile-reporter does, and exit non-zero if it is not valid.
 */
export async function loadOrExit(contentDir: string, env: NodeJS.ProcessEnv = process.env): Promise<Book> {
  const { book, files } = await loadContent(resolve(contentDir), { env, threads: threadCount(env.BOOK_MODEL_THREADS) });
  const report = reporter(files, { quiet: true });
  if (report) process.stderr.write(`${report}\n`);
  if (!book) process.exit(1);
  return book;
}

/**
 * Threads are off unless asked for: on the shared 2-core machine they were measured on they cost CPU and gained no
 * wall time (the cores were busy); "auto" uses them when there are over 2 MB to parse.
 */
function threadCount(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return 0;
  if (value === 'auto') return undefined;
  if (!/^\d{1,2}$/.test(value)) throw new InputError(`BOOK_MODEL_THREADS must be a number of threads, 0 for none or auto, not "${value}"`);
  return Number(value);
}
