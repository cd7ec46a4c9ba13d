import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectClosuresKeptAndRead, expectUnwritableClosuresWarned, type CliRun } from '../helpers/closure-cache.js';
import { hasPath } from '../helpers/tools.js';
import { fixtureBook, fixturePageMap } from '../fixtures/book.js';
import { bookNotes } from '../../packages/build-anki/src/deck/notes.js';
import { occlusionNotes } from '../../packages/build-anki/src/deck/occlusion.js';
import { parsePageMap } from '../../packages/build-anki/src/deck/pagemap.js';
import { repoRoot } from './helpers.js';

const cli = join(repoRoot, 'packages/build-anki/lib/cli.js');
const compiled = hasPath(cli, 'the compiled CLI: npm run build');

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
}

describe.skipIf(!compiled)('build-anki CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'anki-cli-'));
  const book = join(dir, 'book.json');
  const map = join(dir, 'pagemap.json');
  writeFileSync(book, JSON.stringify(fixtureBook));
  writeFileSync(map, JSON.stringify(fixturePageMap));

  it('writes the .apkg and its ledger and prints one line per output', () => {
    const out = mkdtempSync(join(dir, 'out-'));
    const result = run(['--book', book, '--page-map', map, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    // What the line must say, derived from the model: every note the Book makes, its cards, one deck per chapter + the root.
    const pages = parsePageMap(fixturePageMap);
    const drafts = [...bookNotes(fixtureBook, pages), ...occlusionNotes(fixtureBook, pages)];
    const kinds = ['term', 'fact', 'cloze', 'occlusion'] as const;
    const notes = kinds.map((kind) => `${drafts.filter((d) => d.kind === kind).length} ${kind}`).join(', ');
    const cards = kinds.map((kind) => `${drafts.filter((d) => d.kind === kind).flatMap((d) => d.ords).length} ${kind}`).join(', ');
    const said = `${drafts.length} notes (${notes}), ${drafts.flatMap((d) => d.ords).length} cards (${cards}), ${fixtureBook.chapters.length + 1} decks`;
    expect(lines[0]).toMatch(/^\S+endocrine-system\.apkg \d+ bytes: (.*), font \d+ bytes, \d+ ms$/);
    expect(lines[0]!.match(/bytes: (.*), font/)![1]).toBe(said);
    expect(readdirSync(out).sort()).toEqual(['endocrine-system.anki-ledger.json', 'endocrine-system.apkg']);
  });

  const withCache: CliRun = (out, cache) => run(['--book', book, '--page-map', map, '--out', out], { BOOK_FONTS_CACHE: cache });

  it('keeps glyph closures and subsets in BOOK_FONTS_CACHE; the next run reads them and writes the same package as with the cache off', () => {
    expectClosuresKeptAndRead(withCache, 'endocrine-system.apkg', dir);
  });

  it('warns, and still writes the package, when the closure folder cannot be written', () => {
    expectUnwritableClosuresWarned(withCache, 'endocrine-system.apkg', dir, 'build-anki');
  });

  it.each([
    [['--book', 'missing.json', '--page-map', 'x', '--out', 'y'], /^build-anki: missing\.json: cannot read the Book \(ENOENT.*Run `npm run build`/],
    [['--book', book], /^build-anki: usage: build-anki --book/],
    [['--book', map, '--page-map', map, '--out', dir], /^build-anki: .*pagemap\.json: not a valid Book .*Rebuild it with `npm run build`/],
    [['--book', book, '--page-map', book, '--out', dir], /^build-anki: \S+book\.json: page map: "pdf" must be a string\n$/],
  ])('fails with one clear line and no stack trace: %j', (args, message) => {
    const result = run(args);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a ledger that breaks its schema with one line naming the file and the field', () => {
    const ledger = join(dir, 'bad-ledger.json');
    writeFileSync(ledger, JSON.stringify({ schemaVersion: 1, notes: null, noteTypes: {} }));
    const out = mkdtempSync(join(dir, 'out-'));
    const result = run(['--book', book, '--page-map', map, '--out', out, '--ledger', ledger]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^build-anki: \S+bad-ledger\.json: ledger: \/notes must be object; expected \{"schemaVersion": 1, [^\n]*\n$/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('names the missing page-map entry', () => {
    const partial = join(dir, 'partial.json');
    writeFileSync(partial, JSON.stringify({ ...fixturePageMap, chapters: { overview: 3 } }));
    const result = run(['--book', book, '--page-map', partial, '--out', dir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('build-anki: page map has no page for chapter "pituitary": rebuild the PDF from the same Book\n');
  });
});
