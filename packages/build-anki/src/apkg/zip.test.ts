import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { keptFiles } from '@book/kept-files';
import { writeAtomic } from '@book/model/io';
import { deflateAhead, keepDeflatedIn, MAX_DEFLATED_FILES, zipDeflated, type ZipFile } from './zip.js';

const mtime = new Date(2026, 11, 1, 10, 30, 14);
const text = (s: string, times: number) => new TextEncoder().encode(s.repeat(times));

describe('zipDeflated', () => {
  const font = text('glyf loca ग्रंथि ', 4000);
  const first: ZipFile[] = [{ name: 'a.ttf', bytes: font }, { name: 'collection.anki2', bytes: text('notes v1 ', 9000) }, { name: 'media', bytes: text('{"a.ttf":0}', 1) }];
  // Same name, other content (must be deflated anew), and the unchanged font under another name (may be reused).
  const second: ZipFile[] = [{ name: 'b.ttf', bytes: font }, { name: 'collection.anki2', bytes: text('notes v2 ', 9001) }, { name: 'media', bytes: text('{"b.ttf":0}', 1) }];
  const unzipped = (bytes: Uint8Array) => Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, Buffer.from(data).toString('base64')]));
  const expected = (files: ZipFile[]) => Object.fromEntries(files.map((f) => [f.name, Buffer.from(f.bytes).toString('base64')]));

  it('holds each file’s own bytes, also when entries come from the last package (same content) or not', async () => {
    expect(unzipped(await zipDeflated(first, mtime))).toEqual(expected(first));
    expect(unzipped(await zipDeflated(second, mtime))).toEqual(expected(second));
  });

  it('writes the same bytes whether an entry was deflated now, ahead on a worker thread, or reused from the last package', async () => {
    keepDeflatedIn(undefined); // forget the entries of earlier packages
    const cold = Buffer.from(await zipDeflated(second, mtime));
    keepDeflatedIn(undefined);
    for (const file of second) deflateAhead(file.bytes, 0);
    expect(Buffer.from(await zipDeflated(second, mtime)).equals(cold)).toBe(true);
    await zipDeflated(first, mtime);
    expect(Buffer.from(await zipDeflated(second, mtime)).equals(cold)).toBe(true);
  });

  it('refuses a name that is not printable ASCII', async () => {
    await expect(zipDeflated([{ name: 'ग्रंथि', bytes: new Uint8Array(1) }], mtime)).rejects.toThrow(TypeError);
  });
});

describe('deflated entries kept on disk between builds', () => {
  const font = text('glyf loca ग्रंथि ', 4000);
  const v1: ZipFile[] = [{ name: '0', bytes: font }, { name: 'collection.anki2', bytes: text('notes v1 ', 9000) }];
  const v2: ZipFile[] = [{ name: '0', bytes: font }, { name: 'collection.anki2', bytes: text('notes v2 ', 9000) }];
  /** The package a process with nothing kept (on disk or from an earlier package) writes. */
  const reference = async (files: ZipFile[]) => {
    keepDeflatedIn(undefined);
    return Buffer.from(await zipDeflated(files, mtime));
  };
  /** One build process with the entries kept in `dir`, as the command runs it. */
  async function build(dir: string, files: ZipFile[]): Promise<Buffer> {
    const save = keepDeflatedIn(dir, writeAtomic);
    const zip = Buffer.from(await zipDeflated(files, mtime));
    expect(save()).toBeUndefined();
    return zip;
  }
  const temporary = () => mkdtempSync(join(tmpdir(), 'deflated-'));
  const keptNames = (dir: string) => readdirSync(dir).filter((name) => name.startsWith('deflated-')).sort();

  afterEach(() => {
    keepDeflatedIn(undefined);
  });

  it('keeps one file per distinct entry, and the next process reads it instead of deflating again', async () => {
    const dir = temporary();
    expect((await build(dir, v1)).equals(await reference(v1))).toBe(true);
    expect(keptNames(dir)).toHaveLength(2);
    expect((await build(dir, v1)).equals(await reference(v1))).toBe(true);
    // Plant other (well-formed) bytes under every kept name: a process that reads the files writes them.
    const store = keptFiles('deflated-', '.bin', MAX_DEFLATED_FILES);
    for (const name of keptNames(dir)) store.save(dir, name.slice('deflated-'.length, -'.bin'.length), Buffer.from('planted'), writeAtomic);
    expect((await build(dir, v1)).includes('planted')).toBe(true);
  });

  it('an entry whose content differs from a kept one is deflated, not given the kept bytes', async () => {
    const dir = temporary();
    await build(dir, v1);
    expect((await build(dir, v2)).equals(await reference(v2))).toBe(true);
    expect(keptNames(dir)).toHaveLength(3);
  });

  it('a truncated or corrupt file counts as missing', async () => {
    const dir = temporary();
    await build(dir, v1);
    for (const name of keptNames(dir)) {
      const path = join(dir, name);
      const bytes = readFileSync(path);
      bytes[0] = bytes[0]! ^ 0xff;
      writeFileSync(path, bytes);
    }
    expect((await build(dir, v1)).equals(await reference(v1))).toBe(true);
    for (const name of keptNames(dir)) writeFileSync(join(dir, name), readFileSync(join(dir, name)).subarray(0, 10));
    expect((await build(dir, v1)).equals(await reference(v1))).toBe(true);
  });
});
