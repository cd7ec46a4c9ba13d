import { mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeAtomic } from '@book/model/io';
import { fontBytes, keepFontCacheIn, subsetFont } from './index.js';
import { MAX_SUBSET_FILES, readSubset, saveSubset, subsetKey, subsetPath } from './subset-store.js';

const TEXT = 'अंतःस्रावी ग्रंथि क्षत्रिय हार्मोन';

/** A new copy of the font: subsetFont prepares each bytes object once, so a copy starts as a new process would. */
const freshFont = (weight: 'regular' | 'bold' = 'regular') => new Uint8Array(fontBytes(weight));
const subset = (text: string, weight: 'regular' | 'bold' = 'regular') => Buffer.from(subsetFont(freshFont(weight), text));
/** What subsetting gives with nothing kept on disk. */
function cold(text: string, weight: 'regular' | 'bold' = 'regular'): Buffer {
  keepFontCacheIn(undefined);
  return subset(text, weight);
}
/** One build process: subsets `text` with the cache in `dir`, then writes what it computed. */
function build(dir: string, text: string, weight: 'regular' | 'bold' = 'regular'): Buffer {
  const save = keepFontCacheIn(dir, writeAtomic);
  const bytes = subset(text, weight);
  expect(save()).toBeUndefined();
  return bytes;
}

const temporary = () => mkdtempSync(join(tmpdir(), 'subsets-'));
const subsetFiles = (dir: string) => readdirSync(dir).filter((name) => name.startsWith('subset-')).sort();

afterEach(() => {
  keepFontCacheIn(undefined);
});

describe('finished subsets kept on disk between builds', () => {
  it('writes one file per subset; the next build gives the same bytes as a build that keeps nothing', () => {
    const dir = temporary();
    const first = build(dir, TEXT);
    expect(subsetFiles(dir)).toHaveLength(1);
    expect(build(dir, TEXT).equals(first)).toBe(true);
    expect(subsetFiles(dir)).toHaveLength(1);
    expect(first.equals(cold(TEXT))).toBe(true);
  });

  it('takes the subset from the file instead of computing it (so a wrong file would show)', () => {
    const dir = temporary();
    build(dir, TEXT);
    const [name] = subsetFiles(dir);
    const key = name!.replace(/^subset-|\.bin$/g, '');
    const impostor = new Uint8Array(cold('क')).slice();
    saveSubset(dir, key, impostor, writeAtomic);
    expect(build(dir, TEXT).equals(Buffer.from(impostor))).toBe(true);
  });

  it('misses when the input changes: another character, other glyphs for the same characters, another font', () => {
    const dir = temporary();
    build(dir, TEXT);
    const inputs = [[`${TEXT} ज्ञान`, 'regular'], [`${TEXT} क्ष`, 'regular'], [TEXT, 'bold'], ['क ष ्', 'regular'], ['क्ष', 'regular']] as const;
    for (const [text, weight] of inputs) expect(build(dir, text, weight).equals(cold(text, weight)), text).toBe(true);
    // क्ष adds no character to TEXT (it has क्षत्रिय), only a word whose closure adds no glyph: the same subset.
    // 'क ष ्' and 'क्ष' have the same characters, but only the word क्ष closes over the conjunct's glyph.
    expect(subsetFiles(dir)).toHaveLength(5);
  });

  it.each([
    ['truncated', (file: Buffer) => file.subarray(0, file.length - 100)],
    ['one byte changed', (file: Buffer) => Buffer.concat([file.subarray(0, 500), Buffer.from([file[500]! ^ 1]), file.subarray(501)])],
    ['empty', () => Buffer.alloc(0)],
    ['only a digest long', (file: Buffer) => file.subarray(file.length - 32)],
  ])('ignores a file that fails its check (%s) and writes a good one', (_, corrupt) => {
    const dir = temporary();
    build(dir, TEXT);
    const path = join(dir, subsetFiles(dir)[0]!);
    const good = readFileSync(path);
    writeFileSync(path, corrupt(good));

    expect(build(dir, TEXT).equals(cold(TEXT))).toBe(true);
    expect(readFileSync(path).equals(good)).toBe(true);
  });

  it('keeps the most recently used files and prunes the rest', () => {
    const dir = temporary();
    const keys = Array.from({ length: MAX_SUBSET_FILES + 3 }, (_, i) => subsetKey('font', 'recipe', String(i), [i]));
    keys.forEach((key, i) => {
      saveSubset(dir, key, new Uint8Array([i, 1, 2, 3]), writeAtomic);
      utimesSync(subsetPath(dir, key), 1000 + i, 1000 + i);
    });
    // Reading the oldest marks it as used, so the next prune keeps it.
    expect(readSubset(dir, keys[3]!)).toEqual(new Uint8Array([3, 1, 2, 3]));
    saveSubset(dir, subsetKey('font', 'recipe', 'last', []), new Uint8Array([9]), writeAtomic);
    const left = subsetFiles(dir);
    expect(left).toHaveLength(MAX_SUBSET_FILES);
    expect(left).toContain(`subset-${keys[3]}.bin`);
    expect(left).not.toContain(`subset-${keys[4]}.bin`);
    expect(left).toContain(`subset-${keys.at(-1)}.bin`);
  });

  it('names a subset by every part of its input', () => {
    const base = ['font', 'recipe', 'कख', [1, 2]] as const;
    const key = subsetKey(...base);
    expect(subsetKey(...base)).toBe(key);
    expect(subsetKey('font2', base[1], base[2], base[3])).not.toBe(key);
    expect(subsetKey(base[0], 'recipe2', base[2], base[3])).not.toBe(key);
    expect(subsetKey(base[0], base[1], 'कग', base[3])).not.toBe(key);
    expect(subsetKey(base[0], base[1], base[2], [1, 3])).not.toBe(key);
    expect(subsetKey(base[0], base[1], base[2], [12])).not.toBe(subsetKey(base[0], base[1], base[2], [1, 2]));
  });

  it('reports a folder it cannot write to instead of failing the build', () => {
    const dir = temporary();
    writeFileSync(join(dir, 'file'), '');
    const save = keepFontCacheIn(join(dir, 'file', 'fonts'), writeAtomic);
    const bytes = subset(TEXT);
    expect(save()).toMatch(/^font cache not kept in .*file\/fonts: ENOTDIR/);
    expect(bytes.equals(cold(TEXT))).toBe(true);
  });
});
