import { cacheFolder } from '@book/kept-files';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Glyph closures kept on disk between builds. A closure depends only on the font's bytes, HarfBuzz's build and
 * how subset.ts asks for it (the recipe), so one file per (font, HarfBuzz, recipe) hash holds every character
 * set's closure met so far. A file that cannot be read, or whose contents do not fit the font, is ignored:
 * the closures are computed again, so the fonts' bytes never depend on the file.
 */
const FORMAT = 1;
/** Beyond this many character sets a file keeps only those of the latest build (a book's vocabulary, edited). */
const MAX_SETS = 200_000;

export interface ClosureFile {
  path: string;
  /** The closures read from the file, to which subsetting adds the ones it computes. */
  closures: Map<string, number[]>;
  /** How many of `closures` came from the file. */
  loaded: number;
  /** The font's number of glyphs: a closure naming a glyph at or past it is not this font's. */
  glyphCount: number;
}

/** `identity` is the hash of the font's and HarfBuzz's bytes (fontIdentity). */
export function closureFile(dir: string, identity: string, recipe: string, glyphCount: number): ClosureFile {
  const hash = createHash('sha256').update(identity).update(recipe).digest('hex').slice(0, 32);
  const path = join(dir, `closures-${hash}.json`);
  const closures = readClosures(path, glyphCount) ?? new Map<string, number[]>();
  return { path, closures, loaded: closures.size, glyphCount };
}

/**
 * Writes the closures this process added, merged with what another build may have written meanwhile, through
 * `write` (the commands pass writeAtomic, so a reader never sees half a file).
 */
export function saveClosureFile(file: ClosureFile, write: (path: string, text: string) => void): void {
  if (file.closures.size === file.loaded) return;
  const merged = readClosures(file.path, file.glyphCount) ?? new Map<string, number[]>();
  for (const [set, glyphs] of file.closures) merged.set(set, glyphs);
  const kept = merged.size > MAX_SETS ? file.closures : merged;
  write(file.path, JSON.stringify({ format: FORMAT, closures: Object.fromEntries(kept) }));
  file.loaded = file.closures.size;
}

/** The hash of a font's bytes and HarfBuzz's, that the files kept for the font are named by. */
export function fontIdentity(font: Uint8Array, engine: Uint8Array): string {
  return createHash('sha256').update(font).update(engine).digest('hex');
}

function readClosures(path: string, glyphCount: number): Map<string, number[]> | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || (parsed as { format?: unknown }).format !== FORMAT) return undefined;
  const closures = (parsed as { closures?: unknown }).closures;
  if (typeof closures !== 'object' || closures === null) return undefined;
  const map = new Map<string, number[]>();
  for (const [set, glyphs] of Object.entries(closures)) {
    const valid = Array.isArray(glyphs) && glyphs.every((gid) => Number.isInteger(gid) && gid >= 0 && gid < glyphCount);
    if (!valid || set.length === 0) return undefined;
    map.set(set, glyphs as number[]);
  }
  return map;
}

/**
 * The folder for closure and subset files: $BOOK_FONTS_CACHE if set ("off" keeps nothing on disk), else
 * node_modules/.cache/book-fonts in the nearest folder above `from` that has a node_modules.
 */
export function fontCacheDir(from: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): string | undefined {
  return cacheFolder('book-fonts', 'BOOK_FONTS_CACHE', from, env);
}
