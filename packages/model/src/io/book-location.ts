import { lstatSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomic } from './write-atomic.js';

/**
 * The fixed-name file in an output folder that names the book built there. The model build writes it beside
 * `<id>.json`; builders find the Book through it, so no script, turbo.json or test has to know the id, which
 * comes from content/book.yaml alone.
 */
export const BOOK_ID_FILE = 'book-id.txt';

const ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** The id of the book last built into `dir`, or undefined when nothing (or something unreadable) is there. */
export function builtBookId(dir: string): string | undefined {
  try {
    const id = readFileSync(join(dir, BOOK_ID_FILE), 'utf8').trim();
    return ID.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

/** `--book` may name the Book file itself or the output folder the model build wrote it to. */
export function bookJsonPath(bookOrDir: string): string {
  let isDir = false;
  try {
    isDir = statSync(bookOrDir).isDirectory();
  } catch {
    return bookOrDir; // readBookJson reports the missing file
  }
  if (!isDir) return bookOrDir;
  const id = builtBookId(bookOrDir);
  return join(bookOrDir, id ? `${id}.json` : BOOK_ID_FILE);
}

/**
 * Record `id` as the book in `dir`. When another book was built there before (the id in book.yaml changed), its
 * `<old id>.*` files go first, so no task's cached outputs (declared as `dist/*.pdf` etc.) carry the old book.
 */
export function recordBookId(dir: string, id: string): void {
  const previous = builtBookId(dir);
  if (previous && previous !== id) {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (name.startsWith(`${previous}.`) && lstatSync(path).isFile()) rmSync(path);
    }
  }
  writeAtomic(join(dir, BOOK_ID_FILE), `${id}\n`);
}
