import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Book } from '@book/model';
import { buildEpub } from './build-epub.js';

const USAGE = 'usage: node lib/cli.js --book <dist/ID.json> --out <dir>';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { book: { type: 'string' }, out: { type: 'string' } } });
  if (!values.book || !values.out) throw new Error(USAGE);

  const started = performance.now();
  let book: Book;
  try {
    book = JSON.parse(readFileSync(values.book, 'utf8')) as Book;
  } catch (error) {
    throw new Error(`cannot read the Book ${values.book}: ${(error as Error).message} (run the model build first)`);
  }
  if (book?.schemaVersion !== 1 || typeof book.meta?.id !== 'string') {
    throw new Error(`${values.book} is not a Book (schemaVersion 1): build it with the model package`);
  }
  const bytes = await buildEpub(book);

  const path = resolve(values.out, `${book.meta.id}.epub`);
  const temp = join(values.out, `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(temp, bytes);
  renameSync(temp, path);
  const ms = Math.round(performance.now() - started);
  console.log(`${path}  ${bytes.length} bytes  EPUB 3: ${book.chapters.length} chapters, glossary of ${book.glossary.length}, subset fonts  ${ms} ms`);
}

main().catch((error: unknown) => {
  console.error(`build-epub: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
