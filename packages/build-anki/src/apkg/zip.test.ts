import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { zipDeflated, type ZipFile } from './zip.js';

const mtime = new Date(2026, 11, 1, 10, 30, 14);
const text = (s: string, times: number) => new TextEncoder().encode(s.repeat(times));
const font = text('glyf loca ग्रंथि ', 4000);
const first: ZipFile[] = [{ name: 'a.ttf', bytes: font }, { name: 'collection.anki2', bytes: text('notes v1 ', 9000) }, { name: 'media', bytes: text('{"a.ttf":0}', 1) }];
// Same name, other content (must be deflated anew), and the unchanged font under another name (may be reused).
const second: ZipFile[] = [{ name: 'b.ttf', bytes: font }, { name: 'collection.anki2', bytes: text('notes v2 ', 9001) }, { name: 'media', bytes: text('{"b.ttf":0}', 1) }];

const unzipped = (bytes: Uint8Array) => Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, Buffer.from(data).toString('base64')]));
const expected = (files: ZipFile[]) => Object.fromEntries(files.map((f) => [f.name, Buffer.from(f.bytes).toString('base64')]));

describe('zipDeflated', () => {
  it('holds each file’s own bytes, also when entries come from the last package (same content) or not', () => {
    expect(unzipped(zipDeflated(first, mtime))).toEqual(expected(first));
    expect(unzipped(zipDeflated(second, mtime))).toEqual(expected(second));
  });

  it('writes the same bytes whether an entry was deflated now or reused from the last package', () => {
    zipDeflated([{ name: 'other', bytes: text('x', 10) }], mtime); // forget first's entries
    const cold = Buffer.from(zipDeflated(second, mtime));
    zipDeflated(first, mtime);
    expect(Buffer.from(zipDeflated(second, mtime)).equals(cold)).toBe(true);
  });

  it('refuses a name that is not printable ASCII', () => {
    expect(() => zipDeflated([{ name: 'ग्रंथि', bytes: new Uint8Array(1) }], mtime)).toThrow(TypeError);
  });
});
