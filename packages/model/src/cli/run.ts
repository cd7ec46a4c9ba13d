import { resolve } from 'node:path';
import { reporter } from 'vfile-reporter';
import type { Book } from '../schema/index.js';
import { loadContent } from '../load/load-content.js';

/**
 * Load content (loadContent: the chapter store, and worker threads for a big book or as $BOOK_MODEL_THREADS says), print its messages the way vfile-reporter does, and exit non-zero if it is not valid.
 */
export async function loadOrExit(contentDir: string, env: NodeJS.ProcessEnv = process.env): Promise<Book> {
  const { book, files } = await loadContent(resolve(contentDir), { env });
  const report = reporter(files, { quiet: true });
  if (report) process.stderr.write(`${report}\n`);
  if (!book) process.exit(1);
  return book;
}
