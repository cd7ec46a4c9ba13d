import { resolve } from 'node:path';
import { fontCacheDir, keepFontCacheIn } from '@book/fonts';
import { cliOptions, InputError, outputLine, readBookJson, runCommand, writeAtomic } from '@book/model/io';
import { buildEpub } from './build-epub.js';

const USAGE = 'usage: node lib/cli.js --book <dist/ID.json> --out <dir>';

async function main(): Promise<void> {
  const options = cliOptions(['book', 'out']);
  if (!options.book || !options.out) throw new InputError(USAGE);

  const started = performance.now();
  const saveFontCache = keepFontCacheIn(fontCacheDir(), writeAtomic);
  const book = readBookJson(options.book);
  const bytes = await buildEpub(book);
  const path = resolve(options.out, `${book.meta.id}.epub`);
  writeAtomic(path, bytes);
  const holds = `EPUB 3: cover, ${book.chapters.length} chapters, glossary of ${book.glossary.length}, nav + NCX, subset fonts`;
  console.log(outputLine(path, bytes.length, holds, performance.now() - started));
  const warning = saveFontCache();
  if (warning) console.warn(`build-epub: warning: ${warning}`);
}

runCommand('build-epub', main);
