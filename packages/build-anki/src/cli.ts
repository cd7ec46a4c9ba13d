import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { fontCacheDir, keepFontCacheIn } from '@book/fonts';
import { cacheFolder } from '@book/kept-files';
import { bookJsonPath, InputError, readBookJson, runCommand, writeAtomic } from '@book/model/io';
import { keepCollectionsIn } from './apkg/collection.js';
import { keepDeflatedIn } from './apkg/zip.js';
import { buildAnki } from './build.js';
import { ledgerJson, parseLedger } from './deck/ledger.js';
import { parsePageMap } from './deck/pagemap.js';

const USAGE = 'usage: build-anki --book <book.json or its folder> --out <dir> [--page-map <pagemap.json>] [--ledger <anki-ledger.json>]\n' +
  '(the page map defaults to <id>.pagemap.json beside the Book)';

/** Reads a JSON input, turning I/O and syntax errors into one line that names the file. */
function readJson(path: string, what: string): unknown {
  if (!existsSync(path)) throw new InputError(`${what} ${path} does not exist`);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (error) {
    throw new InputError(`${what} ${path} is not valid JSON: ${(error as Error).message}`);
  }
}

/** A file the user passed that does not parse is their problem, not a bug: name the file. */
function asInputError<T>(path: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: ${(error as Error).message}`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { book: { type: 'string' }, 'page-map': { type: 'string' }, out: { type: 'string' }, ledger: { type: 'string' } },
  });
  if (!values.book || !values.out) throw new InputError(USAGE);
  const started = performance.now();
  const saveFontCache = keepFontCacheIn(fontCacheDir(), writeAtomic);
  const ankiCache = cacheFolder('book-anki', 'BOOK_ANKI_CACHE');
  const saveDeflated = keepDeflatedIn(ankiCache, writeAtomic);
  const saveCollections = keepCollectionsIn(ankiCache, writeAtomic);
  const book = readBookJson(values.book);
  const pageMapPath = values['page-map'] ?? join(dirname(bookJsonPath(values.book)), `${book.meta.id}.pagemap.json`);
  const pageMap = asInputError(pageMapPath, () => parsePageMap(readJson(pageMapPath, 'page map')));
  const ledger = values.ledger ? asInputError(values.ledger, () => parseLedger(readJson(values.ledger!, 'ledger'))) : undefined;
  const result = await buildAnki(book, pageMap, ledger ? { ledger } : {});
  const apkgPath = join(values.out, `${book.meta.id}.apkg`);
  const ledgerPath = join(values.out, `${book.meta.id}.anki-ledger.json`);
  writeAtomic(apkgPath, result.apkg);
  writeAtomic(ledgerPath, ledgerJson(result.ledger));
  const { stats } = result;
  const ms = Math.round(performance.now() - started);
  const byKind = (counts: Record<string, number>) => Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(', ');
  console.log(
    `${apkgPath} ${result.apkg.length} bytes: ${stats.notes} notes (${byKind(stats.notesByKind)}), ` +
      `${stats.cards} cards (${byKind(stats.cardsByKind)}), ${stats.decks} decks, font ${stats.fontBytes} bytes, ${ms} ms`,
  );
  console.log(`${ledgerPath}: mod ledger of ${Object.keys(result.ledger.notes).length} notes (commit as packages/build-anki/anki-ledger.json on release)`);
  for (const warning of [saveFontCache(), saveDeflated(), saveCollections()]) if (warning) console.warn(`build-anki: warning: ${warning}`);
}

runCommand('build-anki', main);
