import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Finished subsets kept on disk between builds, beside the glyph closures: after an edit the characters and glyphs
 * a font needs are almost always those of the last build, so its subset is the same bytes and HarfBuzz need not run
 * (nor be loaded). A file is named by the hash of everything that decides the bytes and ends with the SHA-256 of
 * what precedes it: a truncated or corrupt file fails that check and counts as missing.
 */
const PREFIX = 'subset-';
const SUFFIX = '.bin';
const DIGEST_BYTES = 32;
/** A build writes one subset per font and builder; beyond this many files the least recently used go. */
export const MAX_SUBSET_FILES = 24;

/** The hash naming a subset's file: `identity` stands for the font and HarfBuzz's bytes, `recipe` for the code. */
export function subsetKey(identity: string, recipe: string, unicodes: string, glyphs: readonly number[]): string {
  return createHash('sha256').update(`${identity}\u0000${recipe}\u0000${unicodes}\u0000${glyphs.join(',')}`).digest('hex').slice(0, 40);
}

export function subsetPath(dir: string, key: string): string {
  return join(dir, `${PREFIX}${key}${SUFFIX}`);
}

/** The stored subset, or undefined when there is none or it fails its check. A hit is marked as recently used. */
export function readSubset(dir: string, key: string): Uint8Array | undefined {
  const path = subsetPath(dir, key);
  let file: Buffer;
  try {
    file = readFileSync(path);
  } catch {
    return undefined;
  }
  if (file.length <= DIGEST_BYTES) return undefined;
  const body = file.subarray(0, file.length - DIGEST_BYTES);
  if (!digest(body).equals(file.subarray(file.length - DIGEST_BYTES))) return undefined;
  try {
    const now = new Date();
    utimesSync(path, now, now);
  } catch {
    // Another build pruned it meanwhile: the bytes read are still right.
  }
  return new Uint8Array(body.buffer, body.byteOffset, body.length);
}

/** Writes a subset through `write` (writeAtomic in the commands), then prunes the folder to MAX_SUBSET_FILES. */
export function saveSubset(dir: string, key: string, bytes: Uint8Array, write: (path: string, data: Uint8Array) => void): void {
  write(subsetPath(dir, key), Buffer.concat([bytes, digest(bytes)]));
  pruneSubsets(dir);
}

function pruneSubsets(dir: string): void {
  const files: { path: string; used: number }[] = [];
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(PREFIX) || !name.endsWith(SUFFIX)) continue;
    const path = join(dir, name);
    try {
      files.push({ path, used: statSync(path).mtimeMs });
    } catch {
      // Pruned by a build running beside this one.
    }
  }
  files.sort((a, b) => b.used - a.used || (a.path < b.path ? -1 : 1));
  for (const { path } of files.slice(MAX_SUBSET_FILES)) rmSync(path, { force: true });
}

function digest(bytes: Uint8Array): Buffer {
  return createHash('sha256').update(bytes).digest();
}
