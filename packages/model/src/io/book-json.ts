import type { Book } from '../schema/index.js';

/** The bytes of dist/<id>.json. Every writer of the Book (build, watch mode, bench) uses this one format. */
export function bookJson(book: Book): string {
  return `${JSON.stringify(book, null, 1)}\n`;
}
