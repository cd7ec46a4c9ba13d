import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import { deflate, deflateSync, Zip, type ZipInputFile } from 'fflate';
import { keptFiles, keptSession, nothingKept, type KeptSession } from '@book/kept-files';

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
 * Keeps the entries deflated from now on in `dir` (@book/kept-files), so that the next build process after
 * an edit deflates only the collection, not the unchanged fonts; `undefined` keeps them in this process only. The
 * returned function writes what this process deflated with `write`; it returns an error's message instead of
 * throwing, as a cache that cannot be written must not fail a build.
 */
export function keepDeflatedIn(dir: string | undefined, write?: (path: string, data: Uint8Array) => void): () => string | undefined {
  const session = keptSession(deflatedFiles, dir, deflateRecipe, { caller: 'keepDeflatedIn', what: 'deflated zip entries' }, write);
  kept = session;
  lastPackage = new Map();
  ahead.clear();
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

/** Each content's SHA-256 (base64), computed once per array: the collection is hashed by deflateAhead and zipDeflated. */
const contentKeys = new WeakMap<Uint8Array, string>();

function contentKey(bytes: Uint8Array): string {
  let key = contentKeys.get(bytes);
  if (key === undefined) contentKeys.set(bytes, (key = createHash('sha256').update(bytes).digest('base64')));
  return key;
}

/**
 * Smaller content is deflated on this thread when the zip is written: fflate's worker (a thread, fflate compiled
 * afresh in it) took ~0.1 s of CPU, as much as deflating the 1× collection (0.66 MB; 10× is 6.6 MB) here.
 */
export const DEFLATE_AHEAD_MIN_BYTES = 2 << 20;

/** Entries being deflated on a worker thread (deflateAhead), by content key; an Error if deflating failed. */
const ahead = new Map<string, Promise<Deflated | Error>>();

/**
 * Starts deflating `bytes` on a worker thread (fflate's asynchronous deflate: the same code and bytes as
 * deflateSync), so that this thread can do other work meanwhile (the deck build subsets its fonts while the
 * collection, 66 MB at 100×, is deflated); zipDeflated takes the result for an entry of the same content. Nothing
 * is started below `minBytes`, nor for content the last package or the disk already holds deflated. fflate, not
 * Node's faster zlib: Node's bundled zlib is not promised to give the same bytes across Node builds and CPUs
 * (docs/bench-results.md).
 */
export function deflateAhead(bytes: Uint8Array, minBytes = DEFLATE_AHEAD_MIN_BYTES): void {
  if (bytes.length < minBytes) return;
  const key = contentKey(bytes);
  if (ahead.has(key) || lastPackage.has(key)) return;
  const stored = kept.read(key);
  if (stored) {
    ahead.set(key, Promise.resolve({ data: stored, crc: crc32(bytes) }));
    return;
  }
  ahead.set(key, new Promise((resolve) => {
    deflate(bytes, { level: ZIP_LEVEL }, (error, data) => {
      if (error) resolve(error);
      else {
        kept.keep(key, data);
        resolve({ data, crc: crc32(bytes) });
      }
    });
  }));
}

/**
 * The package's zip, written by fflate's Zip: each entry is handed over already deflated (fflate's deflate at
 * ZIP_LEVEL), and deflated only when its content was neither in the last package written here, nor deflated ahead
 * (deflateAhead), nor kept on disk. Every entry's data is pushed at once, so fflate calls back before this returns.
 */
export async function zipDeflated(files: readonly ZipFile[], mtime: Date): Promise<Uint8Array> {
  for (const file of files) {
    if (!/^[\x20-\x7e]+$/.test(file.name)) throw new TypeError(`zip entry name ${JSON.stringify(file.name)} must be printable ASCII`);
  }
  const entries: Deflated[] = [];
  const thisPackage = new Map<string, Deflated>();
  for (const file of files) {
    const key = contentKey(file.bytes);
    let entry = thisPackage.get(key) ?? lastPackage.get(key);
    if (!entry && ahead.has(key)) {
      const result = await ahead.get(key)!;
      ahead.delete(key);
      if (result instanceof Error) throw result;
      entry = result;
    }
    entry ??= deflated(key, file.bytes);
    thisPackage.set(key, entry);
    entries.push(entry);
  }
  ahead.clear();
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure ??= error;
    else chunks.push(chunk);
  });
  files.forEach((file, i) => {
    const entry = entries[i]!;
    const input: ZipInputFile = { filename: file.name, size: file.bytes.length, crc: entry.crc, compression: 8, mtime };
    zip.add(input);
    input.ondata!(null, entry.data as Uint8Array<ArrayBuffer>, true);
  });
  zip.end();
  if (failure) throw failure;
  lastPackage = thisPackage;
  return Buffer.concat(chunks);
}
