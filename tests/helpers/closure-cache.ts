import type { SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

/** Runs a builder's CLI writing into `out`, with BOOK_FONTS_CACHE set to `cache`. */
export type CliRun = (out: string, cache: string) => SpawnSyncReturns<string>;

/**
 * Two runs sharing one cache folder write the same `output` as a run with BOOK_FONTS_CACHE=off and leave one closure
 * file and one subset file per font; a third run, after every closure in the files was emptied, writes different
 * bytes: so the files are read, not just written.
 */
export function expectClosuresKeptAndRead(run: CliRun, output: string, dir: string): void {
  const cache = mkdtempSync(join(dir, 'cache-'));
  const outs = [mkdtempSync(join(dir, 'out-')), mkdtempSync(join(dir, 'out-'))];
  for (const out of outs) {
    const result = run(out, cache);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  }
  const files = readdirSync(cache).filter((name) => name.endsWith('.json'));
  expect(files).toHaveLength(2);
  expect(readdirSync(cache).filter((name) => name.startsWith('subset-'))).toHaveLength(2);
  const [first, second] = outs.map((out) => readFileSync(join(out, output)));
  expect(first!.equals(second!)).toBe(true);
  const uncached = mkdtempSync(join(dir, 'out-'));
  expect(run(uncached, 'off').status).toBe(0);
  expect(readFileSync(join(uncached, output)).equals(first!)).toBe(true);

  for (const name of files) {
    const file = JSON.parse(readFileSync(join(cache, name), 'utf8')) as { closures: Record<string, number[]> };
    for (const set of Object.keys(file.closures)) file.closures[set] = [];
    writeFileSync(join(cache, name), JSON.stringify(file));
  }
  const out = mkdtempSync(join(dir, 'out-'));
  expect(run(out, cache).status).toBe(0);
  expect(readFileSync(join(out, output)).equals(first!)).toBe(false);
}

/** A closure folder that cannot be created is one warning line on stderr; the output is still written. */
export function expectUnwritableClosuresWarned(run: CliRun, output: string, dir: string, command: string): void {
  const blocker = join(dir, 'blocker');
  writeFileSync(blocker, '');
  const out = mkdtempSync(join(dir, 'out-'));
  const result = run(out, join(blocker, 'cache'));
  expect(result.status).toBe(0);
  expect(result.stderr).toMatch(new RegExp(`^${command}: warning: font cache not kept in .*blocker/cache: ENOTDIR[^\\n]*\\n$`));
  expect(existsSync(join(out, output))).toBe(true);
}
