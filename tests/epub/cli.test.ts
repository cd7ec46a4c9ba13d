import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { expectClosuresKeptAndRead, expectUnwritableClosuresWarned, type CliRun } from '../helpers/closure-cache.js';
import { hasPath } from '../helpers/tools.js';
// The Anki fixture: a small Book that passes the Book schema the CLI checks.
import { fixtureBook } from '../fixtures/book.js';

const cli = join(import.meta.dirname, '..', '..', 'packages/build-epub/lib/cli.js');
const compiled = hasPath(cli, 'the compiled CLI: npm run build');

describe.skipIf(!compiled)('build-epub CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'epub-cli-'));
  const book = join(dir, 'book.json');
  writeFileSync(book, JSON.stringify(fixtureBook));
  const run: CliRun = (out, cache) =>
    spawnSync(process.execPath, [cli, '--book', book, '--out', out], { encoding: 'utf8', env: { ...process.env, BOOK_FONTS_CACHE: cache } });
  const epub = `${fixtureBook.meta.id}.epub`;

  it('keeps glyph closures and subsets in BOOK_FONTS_CACHE; the next run reads them and writes the same EPUB as with the cache off', () => {
    expectClosuresKeptAndRead(run, epub, dir);
  });

  it('warns, and still writes the EPUB, when the closure folder cannot be written', () => {
    expectUnwritableClosuresWarned(run, epub, dir, 'build-epub');
  });
});
