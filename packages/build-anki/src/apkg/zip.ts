import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import { deflateSync } from 'fflate';
import { keptFiles, keptSession, nothingKept, type KeptSession } from '@book/fonts';

/** One file of the package: its name (ASCII) and bytes. */
export interface ZipFile {
  name: string;
  bytes: Uint8Array;
}

/** The DEFLATE level of every entry. */
export const ZIP_LEVEL = 6;

interface Deflated {
  data: Uint8Array;
  crc: number;
}

/**
 * The deflated entries of the last package, by the SHA-256 of their content: in watch mode the fonts (and the
 * media map) are the same after most saves, and deflating them again was a third of the package's zip.
 */
let lastPackage = new Map<string, Deflated>();

/** A package has a handful of entries (fonts, media map, collection); beyond this many files the least recently used go. */
export const MAX_DEFLATED_FILES = 16;
const deflatedFiles = keptFiles('deflated-', '.bin', MAX_DEFLATED_FILES);
/** The folder deflated entries are kept in between processes (keepDeflatedIn); none by default. */
let kept: KeptSession = nothingKept;

/**
 * Keeps the entries deflated from now on in `dir` (kept-files of @book/fonts), so that the next build process after
 * an edit deflates only the collection, not the unchanged fonts; `undefined` keeps them in this process only. The
 * returned function writes what this process deflated with `write`; it returns an error's message instead of
 * throwing, as a cache that cannot be written must not fail a build.
 */
export function keepDeflatedIn(dir: string | undefined, write?: (path: string, data: Uint8Array) => void): () => string | undefined {
  const session = keptSession(deflatedFiles, dir, deflateRecipe, { caller: 'keepDeflatedIn', what: 'deflated zip entries' }, write);
  kept = session;
  lastPackage = new Map();
  return () => session.save();
}

/** Everything besides the content that decides the deflated bytes: the level and fflate's code, hashed. */
function deflateRecipe(): string {
  return createHash('sha256').update(`level ${ZIP_LEVEL}\n`).update(readFileSync(fileURLToPath(import.meta.resolve('fflate')))).digest('hex');
}

/** The entry with this content's SHA-256 (`key`) deflated: kept on disk by an earlier process, or deflated now. */
function deflated(key: string, bytes: Uint8Array): Deflated {
  const stored = kept.read(key);
  if (stored) return { data: stored, crc: crc32(bytes) };
  const data = deflateSync(bytes, { level: ZIP_LEVEL });
  kept.keep(key, data);
  return { data, crc: crc32(bytes) };
}

/**
 * The bytes fflate's zipSync(files, { level: 6, mtime }) writes, entry for entry (a test compares them), but each
 * entry is deflated by fflate only when its content was neither in the last package written here nor kept on disk.
 */
export function zipDeflated(files: readonly ZipFile[], mtime: Date): Uint8Array {
  const thisPackage = new Map<string, Deflated>();
  const entries = files.map((file) => {
    if (!/^[\x20-\x7e]+$/.test(file.name)) throw new TypeError(`zip entry name ${JSON.stringify(file.name)} must be printable ASCII`);
    const key = createHash('sha256').update(file.bytes).digest('base64');
    const entry = thisPackage.get(key) ?? lastPackage.get(key) ?? deflated(key, file.bytes);
    thisPackage.set(key, entry);
    return { name: Buffer.from(file.name, 'latin1'), size: file.bytes.length, ...entry };
  });
  lastPackage = thisPackage;

  const time = dosTime(mtime);
  const localSize = entries.reduce((n, e) => n + 30 + e.name.length + e.data.length, 0);
  const centralSize = entries.reduce((n, e) => n + 46 + e.name.length, 0);
  const out = Buffer.alloc(localSize + centralSize + 22);
  let at = 0;
  const offsets: number[] = [];
  // Local headers and data: version 20, no flags, method 8 (deflate), DOS time, CRC, sizes, name, no extra field.
  for (const e of entries) {
    offsets.push(at);
    at = out.writeUInt32LE(0x04034b50, at);
    at = out.writeUInt16LE(20, at);
    at = out.writeUInt16LE(0, at);
    at = out.writeUInt16LE(8, at);
    at = out.writeUInt32LE(time, at);
    at = out.writeInt32LE(e.crc | 0, at);
    at = out.writeUInt32LE(e.data.length, at);
    at = out.writeUInt32LE(e.size, at);
    at = out.writeUInt16LE(e.name.length, at);
    at = out.writeUInt16LE(0, at);
    out.set(e.name, at);
    at += e.name.length;
    out.set(e.data, at);
    at += e.data.length;
  }
  // Central directory: made by version 20 on host 0 (MS-DOS), then the local header's fields, no comment,
  // disk 0, no attributes, the local header's offset.
  entries.forEach((e, i) => {
    at = out.writeUInt32LE(0x02014b50, at);
    at = out.writeUInt16LE(20, at);
    at = out.writeUInt16LE(20, at);
    at = out.writeUInt16LE(0, at);
    at = out.writeUInt16LE(8, at);
    at = out.writeUInt32LE(time, at);
    at = out.writeInt32LE(e.crc | 0, at);
    at = out.writeUInt32LE(e.data.length, at);
    at = out.writeUInt32LE(e.size, at);
    at = out.writeUInt16LE(e.name.length, at);
    at = out.writeUInt16LE(0, at); // extra field length
    at = out.writeUInt16LE(0, at); // comment length
    at = out.writeUInt16LE(0, at); // disk number
    at = out.writeUInt16LE(0, at); // internal attributes
    at = out.writeUInt32LE(0, at); // external attributes
    at = out.writeUInt32LE(offsets[i]!, at);
    out.set(e.name, at);
    at += e.name.length;
  });
  // End of central directory.
  at = out.writeUInt32LE(0x06054b50, at);
  at = out.writeUInt32LE(0, at);
  at = out.writeUInt16LE(entries.length, at);
  at = out.writeUInt16LE(entries.length, at);
  at = out.writeUInt32LE(centralSize, at);
  at = out.writeUInt32LE(localSize, at);
  out.writeUInt16LE(0, at);
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

/** The MS-DOS date and time of `date`'s local fields, as fflate writes them. */
function dosTime(date: Date): number {
  const year = date.getFullYear() - 1980;
  if (year < 0 || year > 119) throw new RangeError(`zip dates run from 1980 to 2099, not ${date.getFullYear()}`);
  return ((year << 25) | ((date.getMonth() + 1) << 21) | (date.getDate() << 16) | (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1)) >>> 0;
}
