import { resolve } from 'node:path';
import type { VFile } from 'vfile';
import type { Book } from '../schema/index.js';
import { loadContent } from '../load/load-content.js';

/**
 * Load content (loadContent: the chapter store, and worker threads for a big book or as $BOOK_MODEL_THREADS says), print its messages the way vfile-reporter does, and exit non-zero if it is not valid.
 */
export async function loadOrExit(contentDir: string, env: NodeJS.ProcessEnv = process.env): Promise<Book> {
  const { book, files } = await loadContent(resolve(contentDir), { env });
  const report = await messagesReport(files);
  if (report) process.stderr.write(`${report}\n`);
  if (!book) process.exit(1);
  return book;
}

/**
 * vfile-reporter's report of the files' messages, quiet (files without messages left out): empty when there are
 * none, as in most builds, so it is imported only when there are (~60 ms of every command's start).
 */
export async function messagesReport(files: readonly VFile[]): Promise<string> {
  if (files.every((file) => file.messages.length === 0)) return '';
  const { reporter } = await import('vfile-reporter');
  return reporter([...files], { quiet: true });
}
