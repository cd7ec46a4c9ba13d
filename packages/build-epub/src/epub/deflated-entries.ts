import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { crc32, deflateRawSync } from 'node:zlib';

/**
 * Zip entries deflated once per content: watch mode rebuilds the EPUB after every save, and deflating the fonts
 * and the unchanged chapters again was a third of that build. An entry is compressed here and handed to JSZip as
 * its own CompressedObject, which JSZip writes as it is (the way it keeps the entries of a zip it loaded).
 * The compressions of the last build are kept, by the SHA-256 of their content.
 *
 * Deflate and CRC-32 are Node's zlib (native) rather than the pako and the JavaScript CRC-32 JSZip would use: on a
 * large book those were a third of the build, and native zlib at the same level is about four times as fast. Its
 * streams are not pako's byte for byte (Node bundles Chromium's zlib), but they are as deterministic: the cover PNG
 * was already deflated by the same zlib.
 */

// JSZip's internals, from the JSZip epub-gen-memory itself loads (its CompressedObject is checked with instanceof).
const jszipRequire = createRequire(createRequire(createRequire(import.meta.url).resolve('epub-gen-memory')).resolve('jszip'));
const CompressedObject = jszipRequire('./compressedObject.js') as new (compressedSize: number, uncompressedSize: number, crc32: number, compression: unknown, data: Uint8Array) => object;
const compressions = jszipRequire('./compressions.js') as { DEFLATE: unknown };

/** The DEFLATE level of the EPUB's entries (see ReproducibleEpub.genEpub). */
export const DEFLATE_LEVEL = 6;

interface Deflated {
  data: Uint8Array;
  crc: number;
}

let lastBuild = new Map<string, Deflated>();

/** A deflater for one build: `entry(bytes)` is JSZip's compressed entry of `bytes`; `done()` keeps this build's. */
export function deflater() {
  const thisBuild = new Map<string, Deflated>();
  return {
    entry(bytes: Uint8Array): object {
      const key = createHash('sha256').update(bytes).digest('base64');
      let deflated = thisBuild.get(key) ?? lastBuild.get(key);
      if (!deflated) deflated = { data: deflateRawSync(bytes, { level: DEFLATE_LEVEL }), crc: crc32(bytes) };
      thisBuild.set(key, deflated);
      return new CompressedObject(deflated.data.length, bytes.length, deflated.crc, compressions.DEFLATE, deflated.data);
    },
    done(): void {
      lastBuild = thisBuild;
    },
  };
}
