import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';

/**
 * Zip entries deflated once per content: watch mode rebuilds the EPUB after every save, and deflating the fonts
 * and the unchanged chapters again was a third of that build. An entry is compressed here with the pako and the
 * level JSZip would use, and handed to JSZip as its own CompressedObject, which JSZip writes as it is (the way it
 * keeps the entries of a zip it loaded): the bytes are those JSZip's own compression gives (a test compares them).
 * The compressions of the last build are kept, by the SHA-256 of their content.
 */

// JSZip's internals, from the JSZip epub-gen-memory itself loads (its CompressedObject is checked with instanceof).
const jszipRequire = createRequire(createRequire(createRequire(import.meta.url).resolve('epub-gen-memory')).resolve('jszip'));
const CompressedObject = jszipRequire('./compressedObject.js') as new (compressedSize: number, uncompressedSize: number, crc32: number, compression: unknown, data: Uint8Array) => object;
const compressions = jszipRequire('./compressions.js') as { DEFLATE: unknown };
const crc32 = jszipRequire('./crc32.js') as (input: Uint8Array) => number;
const pako = jszipRequire('pako') as { deflateRaw(data: Uint8Array, options: { level: number }): Uint8Array };

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
      if (!deflated) deflated = { data: pako.deflateRaw(bytes, { level: DEFLATE_LEVEL }), crc: crc32(bytes) };
      thisBuild.set(key, deflated);
      return new CompressedObject(deflated.data.length, bytes.length, deflated.crc, compressions.DEFLATE, deflated.data);
    },
    done(): void {
      lastBuild = thisBuild;
    },
  };
}
