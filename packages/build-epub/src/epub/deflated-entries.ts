import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { crc32, deflateRaw } from 'node:zlib';

/**
 * Zip entries deflated once per content: watch mode rebuilds the EPUB after every save, and deflating the fonts
 * and the unchanged chapters again was a third of that build. An entry is compressed here and handed to JSZip as
 * its own CompressedObject, which JSZip writes as it is (the way it keeps the entries of a zip it loaded).
 * The compressions of the last build are kept, by the SHA-256 of their content.
 *
 * Deflate and CRC-32 are Node's zlib (native) rather than the pako and the JavaScript CRC-32 JSZip would use: on a
 * large book those were a third of the build, and native zlib at the same level is about four times as fast. Its
 * streams are not pako's byte for byte (Node bundles Chromium's zlib), but they are as deterministic: the cover PNG
 * was already deflated by the same zlib. It runs on libuv's thread pool, so the entries are deflated on the other
 * core while the main thread goes on (ReproducibleEpub subsets the fonts and draws the cover meanwhile); each entry
 * is deflated on its own, so the bytes do not depend on which thread did it or when.
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

const deflateRawAsync = promisify(deflateRaw);

/**
 * At most this many deflate streams at a time (libuv's pool has 4 threads): each holds zlib's window and hash
 * (about 300 KB) from its start, and starting a big book's 900 entries at once added 200 MB to the peak memory.
 */
const IN_FLIGHT = 4;
let running = 0;
const waiting: (() => void)[] = [];

async function deflateLimited(bytes: Uint8Array): Promise<Uint8Array> {
  if (running >= IN_FLIGHT) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await deflateRawAsync(bytes, { level: DEFLATE_LEVEL });
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}
let lastBuild = new Map<string, Promise<Deflated>>();

/**
 * A deflater for one build: `entry(bytes)` starts deflating `bytes` and resolves to JSZip's compressed entry of
 * them; `done()`, once every entry has resolved, keeps this build's.
 */
export function deflater() {
  const thisBuild = new Map<string, Promise<Deflated>>();
  return {
    async entry(bytes: Uint8Array): Promise<object> {
      const key = createHash('sha256').update(bytes).digest('base64');
      let deflating = thisBuild.get(key) ?? lastBuild.get(key);
      if (!deflating) deflating = deflateLimited(bytes).then((data) => ({ data, crc: crc32(bytes) }));
      thisBuild.set(key, deflating);
      const deflated = await deflating;
      return new CompressedObject(deflated.data.length, bytes.length, deflated.crc, compressions.DEFLATE, deflated.data);
    },
    done(): void {
      lastBuild = thisBuild;
    },
  };
}
