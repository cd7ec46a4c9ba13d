import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { deflateSync, Zip, type ZipInputFile } from 'fflate';

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

/**
 * The package's zip, written by fflate's Zip: each entry is handed over already deflated (fflate's deflateSync at
 * ZIP_LEVEL), and deflated only when its content was not in the last package written here. Synchronous: every
 * entry's data is pushed at once, so fflate calls back before this returns.
 */
export function zipDeflated(files: readonly ZipFile[], mtime: Date): Uint8Array {
  const thisPackage = new Map<string, Deflated>();
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure ??= error;
    else chunks.push(chunk);
  });
  for (const file of files) {
    if (!/^[\x20-\x7e]+$/.test(file.name)) throw new TypeError(`zip entry name ${JSON.stringify(file.name)} must be printable ASCII`);
    const key = createHash('sha256').update(file.bytes).digest('base64');
    const deflated = thisPackage.get(key) ?? lastPackage.get(key) ?? { data: deflateSync(file.bytes, { level: ZIP_LEVEL }), crc: crc32(file.bytes) };
    thisPackage.set(key, deflated);
    const entry: ZipInputFile = { filename: file.name, size: file.bytes.length, crc: deflated.crc, compression: 8, mtime };
    zip.add(entry);
    entry.ondata!(null, deflated.data as Uint8Array<ArrayBuffer>, true);
  }
  zip.end();
  if (failure) throw failure;
  lastPackage = thisPackage;
  return Buffer.concat(chunks);
}
