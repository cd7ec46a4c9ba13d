import { readFileSync } from 'node:fs';
import type { Book } from '../schema/index.js';
import { validators } from '../validate/schemas.js';
import { bookJsonPath } from './book-location.js';
import { InputError } from './input-error.js';

/** A Book file a builder cannot use; its message says why and what to run. */
export class BookFileError extends InputError {
  override name = 'BookFileError';
}

/** Read dist/<id>.json (written by the model build; `bookOrDir` may be dist/ itself) and check it against the Book schema. */
export function readBookJson(bookOrDir: string): Book {
  const path = bookJsonPath(bookOrDir);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new BookFileError(`${path}: cannot read the Book (${(error as Error).message}). Run \`npm run build\` from the repository root.`);
  }
  if (!validators.book(data)) {
    const first = validators.book.errors?.[0];
    throw new BookFileError(`${path}: not a valid Book (${first?.instancePath || '/'} ${first?.message}). Rebuild it with \`npm run build\`.`);
  }
  return data as Book;
}
