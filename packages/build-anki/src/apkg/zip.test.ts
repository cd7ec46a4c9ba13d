import { describe, expect, it } from 'vitest';
import { zipSync, type Zippable } from 'fflate';
import { zipDeflated, ZIP_LEVEL, type ZipFile } from './zip.js';

const mtime = new Date(2026, 11, 1, 10, 30, 14);
const text = (s: string, times: number) => new TextEncoder().encode(s.repeat(times));
const asZippable = (files: ZipFile[]): Zippable => Object.fromEntries(files.map((f) => [f.name, [f.bytes, { level: ZIP_LEVEL, mtime }]]));

describe('zipDeflated', () => {
  it('writes the bytes fflate zipSync writes, also when entries come from the last package (same content) or not', () => {
    const font = text('glyf loca ग्रंथि ', 4000);
    const first: ZipFile[] = [{ name: 'a.ttf', bytes: font }, { name: 'collection.anki2', bytes: text('notes v1 ', 9000) }, { name: 'media', bytes: text('{"a.ttf":0}', 1) }];
    expect(Buffer.from(zipDeflated(first, mtime)).equals(Buffer.from(zipSync(asZippable(first))))).toBe(true);
    // Same name, other content (must be deflated anew), and the unchanged font under another name (may be reused).
    const second: ZipFile[] = [{ name: 'b.ttf', bytes: font }, { name: 'collection.anki2', bytes: text('notes v2 ', 9001) }, { name: 'media', bytes: text('{"b.ttf":0}', 1) }];
    expect(Buffer.from(zipDeflated(second, mtime)).equals(Buffer.from(zipSync(asZippable(second))))).toBe(true);
  });

  it('refuses a name fflate would flag as UTF-8', () => {
    expect(() => zipDeflated([{ name: 'ग्रंथि', bytes: new Uint8Array(1) }], mtime)).toThrow(TypeError);
  });
});
