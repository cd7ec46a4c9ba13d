import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeAtomic } from '@book/model/io';
import { fontCacheDir, fontBytes, keepFontCacheIn, subsetFont } from './index.js';

const TEXT = 'अंतःस्रावी ग्रंथि क्षत्रिय हार्मोन';
/** The key of a word's closure: its distinct characters, sorted. */
const setOf = (word: string) => [...new Set(word)].sort().join('');

/** A new copy of the font: subsetFont prepares each bytes object once, so a copy starts as a new process would. */
const freshFont = () => new Uint8Array(fontBytes('regular'));
const subset = (text: string) => Buffer.from(subsetFont(freshFont(), text));
/** What subsetting gives with nothing kept on disk. */
function cold(text: string): Buffer {
  keepFontCacheIn(undefined);
  return subset(text);
}

const temporary = () => mkdtempSync(join(tmpdir(), 'closures-'));
function storedFile(dir: string): { path: string; data: { format: number; closures: Record<string, number[]> } } {
  const names = readdirSync(dir).filter((name) => name.endsWith('.json'));
  expect(names).toHaveLength(1);
  const path = join(dir, names[0]!);
  return { path, data: JSON.parse(readFileSync(path, 'utf8')) };
}

afterEach(() => {
  keepFontCacheIn(undefined);
});

describe('glyph closures kept on disk between builds', () => {
  it('writes the closures one build computed; the next build reads them and makes the same bytes', () => {
    const dir = temporary();
    const save = keepFontCacheIn(dir, writeAtomic);
    const first = subset(TEXT);
    expect(save()).toBeUndefined();
    const { data } = storedFile(dir);
    expect(data.closures[setOf('क्षत्रिय')]?.length).toBeGreaterThan(3);

    keepFontCacheIn(dir, writeAtomic);
    expect(subset(TEXT).equals(first)).toBe(true);
    expect(first.equals(cold(TEXT))).toBe(true);
  });

  it('takes a closure from the file instead of computing it (so a wrong file would show)', () => {
    const dir = temporary();
    const save = keepFontCacheIn(dir, writeAtomic);
    subset('क्ष');
    save();
    const { path, data } = storedFile(dir);
    data.closures[setOf('क्ष')] = [];
    writeFileSync(path, JSON.stringify(data));

    keepFontCacheIn(dir, writeAtomic);
    expect(subset('क्ष').equals(cold('क्ष'))).toBe(false);
  });

  it.each([
    ['not JSON', () => '{"format": 1, "closures": {'],
    ['another format', (data: object) => JSON.stringify({ ...data, format: 2 })],
    ['a glyph the font does not have', (data: { closures: Record<string, number[]> }) =>
      JSON.stringify({ ...data, closures: { ...data.closures, [setOf('क्ष')]: [1, 99999] } })],
    ['a closure that is not a list of glyph ids', (data: { closures: Record<string, number[]> }) =>
      JSON.stringify({ ...data, closures: { ...data.closures, [setOf('क्ष')]: ['1'] } })],
  ])('ignores a file it cannot trust (%s) and writes a good one', (_, corrupt) => {
    const dir = temporary();
    const save = keepFontCacheIn(dir, writeAtomic);
    subset('क्ष');
    save();
    const { path, data } = storedFile(dir);
    writeFileSync(path, corrupt(data as never));

    const expected = cold('क्ष');
    const again = keepFontCacheIn(dir, writeAtomic);
    expect(subset('क्ष').equals(expected)).toBe(true);
    expect(again()).toBeUndefined();
    expect(storedFile(dir).data).toEqual(data);
  });

  it('merges the closures of builds that ran side by side', () => {
    const dir = temporary();
    const save = keepFontCacheIn(dir, writeAtomic);
    const epub = freshFont();
    const anki = freshFont();
    subsetFont(epub, 'ग्रंथि');
    subsetFont(anki, 'क्षत्रिय');
    expect(save()).toBeUndefined();
    const { closures } = storedFile(dir).data;
    expect(Object.keys(closures)).toEqual(expect.arrayContaining([setOf('ग्रंथि'), setOf('क्षत्रिय')]));
  });

  it('asks for a write function when given a folder (a TypeError naming the fix)', () => {
    expect(() => keepFontCacheIn(temporary())).toThrow(/pass a write function, e.g. writeAtomic/);
  });

  it('reports a folder it cannot write to instead of failing the build', () => {
    const dir = temporary();
    writeFileSync(join(dir, 'file'), '');
    const save = keepFontCacheIn(join(dir, 'file', 'closures'), writeAtomic);
    const bytes = subset('क्ष');
    expect(save()).toMatch(/^font cache not kept in .*file\/closures: ENOTDIR/);
    expect(bytes.equals(cold('क्ष'))).toBe(true);
  });
});

describe('fontCacheDir', () => {
  it('is node_modules/.cache/book-fonts in the nearest folder with a node_modules', () => {
    const root = temporary();
    mkdirSync(join(root, 'node_modules'));
    mkdirSync(join(root, 'packages', 'build-epub'), { recursive: true });
    expect(fontCacheDir(join(root, 'packages', 'build-epub'), {})).toBe(join(root, 'node_modules', '.cache', 'book-fonts'));
  });

  it('follows BOOK_FONTS_CACHE, and keeps nothing on disk when it is "off"', () => {
    expect(fontCacheDir('/', { BOOK_FONTS_CACHE: 'some/where' })).toBe(resolve('some/where'));
    expect(fontCacheDir('/', { BOOK_FONTS_CACHE: 'off' })).toBeUndefined();
  });
});
