import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBook, validators } from '@book/model';
import { anyValue, mutate, mutation } from './arbitraries.js';
import { fuzzRuns, fuzzSeed, recordCrash } from './settings.js';

const valid = join(import.meta.dirname, '..', 'fixtures', 'valid');
const work = mkdtempSync(join(tmpdir(), 'fuzz-loader-'));
cpSync(valid, work, { recursive: true });
const original = Object.fromEntries(['book.yaml', 'overview.md', 'thyroid.md', 'errata.yaml'].map((f) => [f, readFileSync(join(valid, f), 'utf8')]));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The loader's contract on any input: no exception; either a schema-valid Book or positioned fatal messages. */
function checkLoad(file: string, text: string): void {
  writeFileSync(join(work, file), text);
  try {
    const { book, files } = loadBook(work);
    if (book) {
      expect(validators.book(book)).toBe(true);
    } else {
      const fatal = files.flatMap((f) => f.messages.filter((m) => m.fatal));
      expect(fatal.length).toBeGreaterThan(0);
      for (const m of fatal) expect(m.ruleId).toBeTypeOf('string');
    }
  } catch (error) {
    recordCrash(file, text, error);
    throw error;
  } finally {
    writeFileSync(join(work, file), original[file]!);
  }
}

describe(`loader fuzz (${fuzzRuns} cases per property, seed ${fuzzSeed})`, () => {
  it.each(['overview.md', 'thyroid.md', 'book.yaml', 'errata.yaml'])('mutated %s never crashes the loader', (file) => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => checkLoad(file, mutate(original[file]!, mutations))),
      { numRuns: fuzzRuns, seed: fuzzSeed },
    );
  });

  it('schema-breaking values in any frontmatter field are reported, never thrown', () => {
    const paths = [['id'], ['title'], ['titleEn'], ['glands'], ['glands', 0, 'id'], ['glands', 0, 'hormones', 0, 'effect'], ['glands', 0, 'disorders', 0, 'kind'], ['glands', 0, 'parts'], ['terms']];
    const [, front, body] = original['thyroid.md']!.split(/^---$/m);
    fc.assert(
      fc.property(fc.constantFrom(...paths), anyValue, (path, value) => {
        const data = JSON.parse(JSON.stringify(parseFront(front!)));
        setIn(data, path, value);
        checkLoad('thyroid.md', `---\n${stringify(data)}---${body}`);
      }),
      { numRuns: fuzzRuns, seed: fuzzSeed },
    );
  });
});

function parseFront(text: string): Record<string, unknown> {
  return parse(text) as Record<string, unknown>;
}

function setIn(target: Record<string, unknown>, path: (string | number)[], value: unknown): void {
  let node: unknown = target;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return;
    node = (node as Record<string | number, unknown>)[key];
  }
  if (node !== null && typeof node === 'object') (node as Record<string | number, unknown>)[path.at(-1)!] = value === undefined ? null : value;
}
