import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { unzipSync, zipSync } from 'fflate';
import initSqlJs from 'sql.js';
import type { Book } from '@book/model';
import { buildAnki, parsePageMap, type BuildOptions, type PageMap } from '@book/build-anki';
import { fixtureBook, fixturePageMap } from '../../packages/build-anki/test/fixture-book.js';
import { syntheticPageMap } from '../../packages/build-anki/test/page-map.js';
import { dist } from '../helpers/dist.js';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const distBookPath = dist.book;
export const distPageMapPath = dist.pageMap;
export const distApkgPath = dist.apkg;
/** The committed mod ledger `npm run build` passes to the builder. */
export const ledgerPath = `${repoRoot}packages/build-anki/anki-ledger.json`;
/** Real Anki exports, outside the repo (CI has ../shared). */
export const controlsDir = `${repoRoot}../shared/anki-controls`;

/** The real Book from `npm run build` when it exists, else the fixture (with a message saying so). */
export function loadBook(): { book: Book; pageMap: PageMap; real: boolean } {
  if (!existsSync(distBookPath)) {
    console.warn(`${distBookPath} not built yet: testing the fixture Book`);
    return { book: fixtureBook, pageMap: fixturePageMap as PageMap, real: false };
  }
  const book = JSON.parse(readFileSync(distBookPath, 'utf8')) as Book;
  if (existsSync(distPageMapPath)) return { book, pageMap: parsePageMap(JSON.parse(readFileSync(distPageMapPath, 'utf8'))), real: true };
  console.warn(`${distPageMapPath} not built yet: testing with a synthetic page map`);
  return { book, pageMap: syntheticPageMap(book), real: true };
}

export function build(book: Book, pageMap: PageMap, options: BuildOptions = {}) {
  return buildAnki(book, pageMap, options);
}

let sqlJs: ReturnType<typeof initSqlJs> | undefined;

/** A copy of an .apkg with SQL run on its collection and/or its zip entries edited: one broken rule at a time. */
export async function mutateApkg(
  apkg: Uint8Array,
  change: { sql?: string[]; entries?: (entries: Record<string, Uint8Array>) => void; json?: { column: 'models' | 'decks'; edit: (value: Record<string, any>) => void } },
): Promise<Uint8Array> {
  const entries = unzipSync(apkg);
  if (change.sql || change.json) {
    const SQL = await (sqlJs ??= initSqlJs());
    const db = new SQL.Database(entries['collection.anki2']);
    for (const statement of change.sql ?? []) db.run(statement);
    if (change.json) {
      const value = JSON.parse(String(db.exec(`SELECT ${change.json.column} FROM col`)[0]!.values[0]![0])) as Record<string, any>;
      change.json.edit(value);
      db.run(`UPDATE col SET ${change.json.column} = ?`, [JSON.stringify(value)]);
    }
    entries['collection.anki2'] = new Uint8Array(db.export());
    db.close();
  }
  change.entries?.(entries);
  return zipSync(entries);
}
