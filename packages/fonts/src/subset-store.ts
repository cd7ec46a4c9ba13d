import { keptFileKey, keptFiles } from '@book/kept-files';

/**
 * Finished subsets kept on disk between builds, beside the glyph closures: after an edit the characters and glyphs
 * a font needs are almost always those of the last build, so its subset is the same bytes and HarfBuzz need not run
 * (nor be loaded). Stored as kept files (@book/kept-files: named by the hash of everything that decides the bytes,
 * checked by a trailing SHA-256, least recently used pruned).
 */
/** A build writes one subset per font and builder; beyond this many files the least recently used go. */
export const MAX_SUBSET_FILES = 24;
const subsets = keptFiles('subset-', '.bin', MAX_SUBSET_FILES);

/** The hash naming a subset's file: `identity` stands for the font and HarfBuzz's bytes, `recipe` for the code. */
export function subsetKey(identity: string, recipe: string, unicodes: string, glyphs: readonly number[]): string {
  return keptFileKey(identity, recipe, unicodes, glyphs.join(','));
}

export const subsetPath = subsets.path;
/** The stored subset, or undefined when there is none or it fails its check. A hit is marked as recently used. */
export const readSubset = subsets.read;
/** Writes a subset through `write` (writeAtomic in the commands), then prunes the folder to MAX_SUBSET_FILES. */
export const saveSubset = subsets.save;
