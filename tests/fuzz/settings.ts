import { mkdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

/** `npm test` runs a small fixed-seed sample; `npm run fuzz` sets FUZZ_RUNS (≥ 10,000) and a fresh FUZZ_SEED. */
export const fuzzRuns = Number(process.env.FUZZ_RUNS ?? 100);
export const fuzzSeed = Number(process.env.FUZZ_SEED ?? 20261128);

/** Keep every crashing input as a fixture, so it is tested forever after (tests/fixtures/fuzz-crashes/). */
export function recordCrash(file: string, text: string, error: unknown): void {
  const dir = join(import.meta.dirname, '..', 'fixtures', 'fuzz-crashes');
  mkdirSync(dir, { recursive: true });
  const name = `${createHash('sha256').update(text).digest('hex').slice(0, 12)}-${file}`;
  writeFileSync(join(dir, name), text);
  writeFileSync(join(dir, `${name}.error.txt`), String((error as Error)?.stack ?? error));
}
