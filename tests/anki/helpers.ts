import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { unzipSync, zipSync } from 'fflate';
import initSqlJs from 'sql.js';
import type { Book } from '@book/model';
import { buildAnki, parsePageMap, type BuildOptions, type PageMap } from '@book/build-anki';
import { fixtureBook, fixturePageMap } from '../fixtures/book.js';
import { syntheticPageMap } from '../fixtures/page-map.js';
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

/** What the Book says the deck must hold, counted straight from the model (not from the builder's code). */
export function expectedCounts(book: Book) {
  const glands = book.chapters.flatMap((c) => c.glands ?? []);
  const hormones = glands.flatMap((g) => g.hormones ?? []);
  const disorders = glands.flatMap((g) => g.disorders ?? []);
  const dysfunctions = new Set(disorders.filter((d) => d.kind !== 'other').map((d) => `${d.of}/${d.kind}`));
  const deletions = [...clozeCards(book).values()];
  const terms = glands.length + hormones.length + disorders.length;
  const facts = glands.length + 2 * hormones.length + dysfunctions.size;
  // One occlusion note (and card) per label of every figure.
  const labels = book.chapters.flatMap((c) => c.blocks.flatMap((b) => (b.type === 'figure' ? b.labels : []))).length;
  return {
    notes: { term: terms, fact: facts, cloze: deletions.length, occlusion: labels },
    cards: { term: 2 * terms, fact: facts, cloze: deletions.reduce((n, d) => n + d, 0), occlusion: labels },
  };
}

/** Cloze cards per sentence id, for the sentences that make a Cloze note. */
export function clozeCards(book: Book): Map<string, number> {
  const worthy = clozeWorthy(book);
  const cards = new Map<string, number>();
  for (const c of book.chapters) {
    for (const b of c.blocks) {
      if (b.type !== 'paragraph') continue;
      const skip = new Set(c.noCloze ?? []);
      for (const s of b.sentences) {
        const n = keyTerms(s.runs, new Set([...worthy].filter((w) => !skip.has(w))));
        if (n > 0) cards.set(s.id, n);
      }
    }
  }
  return cards;
}

/**
 * The words a cloze may delete: every name, alias and textbook word of a gland, part, hormone, disorder or term, and
 * the first word of a many-word gland, part, hormone or disorder name (अग्रिम for अग्रिम खंडिका).
 */
function clozeWorthy(book: Book): Set<string> {
  const words = new Set<string>();
  const add = (name: { hi: string; aliases?: readonly string[]; textbook?: readonly string[] }, firstWord: boolean) => {
    for (const form of [name.hi, ...(name.aliases ?? []), ...(name.textbook ?? [])]) {
      words.add(form);
      if (firstWord && form.includes(' ')) words.add(form.split(' ')[0]!);
    }
  };
  for (const c of book.chapters) {
    for (const g of c.glands) for (const x of [g, ...(g.parts ?? []), ...(g.hormones ?? []), ...(g.disorders ?? [])]) add(x.name, true);
    for (const t of c.terms) add(t.name, false);
  }
  return words;
}

/** Cards of a sentence: its cloze-worthy key terms (maximal stretches of strong runs), one contained in another counted once. */
function keyTerms(runs: readonly { text: string; strong?: boolean }[], worthy: Set<string>): number {
  const terms: string[] = [];
  runs.forEach((run, i) => {
    if (!run.strong) return;
    if (runs[i - 1]?.strong) terms[terms.length - 1] += run.text;
    else terms.push(run.text);
  });
  const kept = terms.filter((t) => worthy.has(t));
  return kept.filter((t, i) => !kept.slice(0, i).some((u) => u.includes(t) || t.includes(u))).length;
}
