import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { closureFile, fontIdentity, saveClosureFile, type ClosureFile } from './closure-store.js';
import { readSubset, saveSubset, subsetKey } from './subset-store.js';

const require = createRequire(import.meta.url);

/** The raw C exports of harfbuzz-subset.wasm that subsetting needs (pointers are wasm32 offsets). */
interface HbSubsetExports {
  memory: { buffer: ArrayBuffer };
  malloc(size: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, lengthPtr: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, codepoint: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_set_del(set: number, value: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_glyph_set(input: number): number;
  hb_subset_preprocess(face: number): number;
  hb_subset_input_set(input: number, setType: number): number;
  hb_subset_input_get_flags(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
  _initialize(): void;
}

const HB_MEMORY_MODE_READONLY = 1;
const HB_SUBSET_FLAGS_RETAIN_GIDS = 0x2;
const HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE = 0x200;
const HB_SUBSET_SETS_NO_SUBSET_TABLE_TAG = 2;
const HB_SUBSET_SETS_DROP_TABLE_TAG = 3;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;

/**
 * A closure run only needs HarfBuzz's glyph set, read back from 'loca'. The tables that decide it (cmap, GSUB,
 * GDEF) are copied as they are instead of subset, the glyph outlines are kept, and everything else is dropped:
 * the same glyphs come out, about a fifth faster.
 */
const CLOSURE_KEEPS = ['glyf', 'loca', 'head', 'maxp'];
const CLOSURE_COPIES = ['cmap', 'GSUB', 'GDEF'];

/**
 * Always kept besides the text's own characters: the shaper inserts U+25CC (dotted circle) into broken clusters,
 * ZWJ/ZWNJ steer Devanagari half forms, spaces may come from layout rather than from the text. The rest are the
 * reference characters FreeType's auto-hinter measures blue zones and stems on (afblue.dat, afscript.h, Devanagari
 * and Latin): without them a FreeType-based reader (Chromium, most Linux and Android readers) hints the glyphs of
 * the subset a fraction of a pixel differently from the full font.
 */
const ALWAYS_KEPT =
  ' \u00a0\u200c\u200d\u25cc' +
  'ईऐओऔिीोौकमअआथधभशनउछटठडुृव' +
  'THEZOCQSLUfijkdbhuvxzoescnrpqgyo0';

/** The part of the WebAssembly global used here (this project's TS lib has no DOM, hence no WebAssembly types). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}

let instance: HbSubsetExports | undefined;
let engine: Uint8Array | undefined;

/** The bytes of harfbuzz-subset.wasm: part of every cache key, read without compiling them. */
function engineBytes(): Uint8Array {
  engine ??= readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
  return engine;
}

/**
 * harfbuzz-subset.wasm has no imports, so it can be compiled and instantiated synchronously; only done once a
 * closure or a subset is missing from the caches (compiling it is a good part of a build that finds them all).
 */
function harfbuzzSubset(): HbSubsetExports {
  if (!instance) {
    const { Module, Instance } = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
    const exports = new Instance(new Module(engineBytes()), {}).exports as HbSubsetExports;
    exports._initialize();
    instance = exports;
  }
  return instance;
}

/**
 * A copy of `font` (TTF/OTF bytes) that keeps only the glyphs `text` needs, so conjuncts, half forms, reph and
 * matra positioning still shape exactly as with the full font. GSUB/GPOS/GDEF are subset, not dropped; every
 * layout feature but 'aalt' is kept. Hinting tables stay: without them FreeType (Chromium, most Linux readers)
 * switches hinting mode and the text comes out wider than with the full font.
 *
 * The glyph set is the union of HarfBuzz's layout closure of each word of `text` (split at whitespace), not the
 * closure of all its characters together: Devanagari shaping never crosses a space, and the closure of a whole
 * alphabet plus virama is every conjunct the font has. Pass each font only the text drawn with it, with runs
 * separated by a space where they meet inside a word (a reading system shapes each run on its own).
 * Synchronous; deterministic (same bytes and same words give the same output).
 */
export function subsetFont(font: Uint8Array, text: string): Uint8Array {
  if (!(font instanceof Uint8Array) || font.length < 12) {
    throw new TypeError('subsetFont(font, text): font must be the Uint8Array bytes of a TTF/OTF file, e.g. fontBytes("regular")');
  }
  if (typeof text !== 'string') throw new TypeError('subsetFont(font, text): text must be a string of the characters to keep');

  const prepared = prepare(font);
  const glyphs = new Set<number>(prepared.emptyGlyphs);
  // The always-kept characters are words of their own: together they would close over conjuncts nobody wrote.
  const { sets, characters: unicodes } = characterSets(`${text} ${[...ALWAYS_KEPT].join(' ')}`);
  for (const word of maximalSets(sets, prepared.closures)) {
    let closure = prepared.closures.get(word);
    if (!closure) {
      const request = { unicodes: word, flags: HB_SUBSET_FLAGS_RETAIN_GIDS, tables: prepared.closureTables };
      closure = nonEmptyGlyphs(runSubset(harfbuzzSubset(), preparedFace(prepared), request));
      prepared.closures.set(word, closure);
    }
    for (const gid of closure) glyphs.add(gid);
  }
  const sorted = [...glyphs].sort((a, b) => a - b);
  const key = `${unicodes}\u0000${sorted.join(',')}`;
  let subset = prepared.subsets.get(key);
  if (!subset) {
    const stored = storedSubset(prepared, unicodes, sorted);
    subset = stored?.bytes ?? runSubset(harfbuzzSubset(), preparedFace(prepared), { unicodes, glyphs: sorted, flags: HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE });
    if (stored && !stored.bytes) newSubsets.push({ dir: stored.dir, key: stored.key, bytes: subset });
    prepared.subsets.set(key, subset);
    for (const old of prepared.subsets.keys()) if (prepared.subsets.size > RECENT_SUBSETS) prepared.subsets.delete(old);
  }
  return subset.slice();
}

/**
 * What one font keeps between calls in this process: its glyph count, empty glyphs and tables (read from the
 * bytes), the glyph closure of every character set met so far (a closure depends on nothing else, and computing
 * them is most of a subset's cost), the last few subsets by their exact input (in watch mode most saves leave the
 * glyph set as it was), and, once HarfBuzz is needed, its face preprocessed for subsetting inside the wasm memory.
 */
interface PreparedFont {
  font: Uint8Array;
  face?: number;
  emptyGlyphs: number[];
  closureTables: { keep: string[]; copy: string[]; all: string[] };
  closures: Map<string, number[]>;
  subsets: Map<string, Uint8Array>;
  /** The cache folder and fontIdentity when files are kept on disk. */
  store?: { dir: string; identity: string };
}

const RECENT_SUBSETS = 4;
const preparedFonts = new WeakMap<Uint8Array, PreparedFont>();

let cacheDir: string | undefined;
const closureFiles: ClosureFile[] = [];
/** Subsets computed by this process, to be written to the cache folder. */
const newSubsets: { dir: string; key: string; bytes: Uint8Array }[] = [];
let recipe: string | undefined;
let finalRecipe: string | undefined;

/**
 * Everything besides the font and HarfBuzz that decides a closure, hashed into a closure file's name: the code
 * that computes one and the constants it uses, so that changing either starts new files.
 */
function closureRecipe(): string {
  recipe ??= [runSubset, nonEmptyGlyphs, glyphLengths, tableOffsets, tag].map(String).join('\n') +
    JSON.stringify([CLOSURE_KEEPS, CLOSURE_COPIES, HB_SUBSET_FLAGS_RETAIN_GIDS, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG, HB_SUBSET_SETS_DROP_TABLE_TAG, HB_SUBSET_SETS_NO_SUBSET_TABLE_TAG]);
  return recipe;
}

/** Likewise for the final subset, whose input (characters and glyphs) is part of its key besides this. */
function subsetRecipe(): string {
  finalRecipe ??= [runSubset, tag].map(String).join('\n') +
    JSON.stringify([HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG, HB_MEMORY_MODE_READONLY]);
  return finalRecipe;
}

/** The subset stored for this input (`bytes`), or where to store it (`bytes` undefined); undefined if nothing is kept. */
function storedSubset(prepared: PreparedFont, unicodes: string, glyphs: number[]): { dir: string; key: string; bytes?: Uint8Array } | undefined {
  if (!prepared.store) return undefined;
  const { dir, identity } = prepared.store;
  const key = subsetKey(identity, subsetRecipe(), unicodes, glyphs);
  const bytes = readSubset(dir, key);
  return bytes ? { dir, key, bytes } : { dir, key };
}

/**
 * Keeps the glyph closures and finished subsets of fonts prepared from now on in `dir` (closure-store.ts,
 * subset-store.ts), so that the next build process starts with them; `undefined` keeps them in this process only.
 * The returned function writes what this process computed with `write`; it returns an error's message instead of
 * throwing, as a cache that cannot be written must not fail a build.
 */
export function keepFontCacheIn(dir: string | undefined, write?: (path: string, data: string | Uint8Array) => void): () => string | undefined {
  if (dir !== undefined && typeof write !== 'function') {
    throw new TypeError('keepFontCacheIn(dir, write): pass a write function, e.g. writeAtomic from @book/model/io');
  }
  cacheDir = dir;
  closureFiles.length = 0;
  newSubsets.length = 0;
  return () => {
    try {
      for (const file of closureFiles) saveClosureFile(file, write!);
      for (const { dir: folder, key, bytes } of newSubsets.splice(0)) saveSubset(folder, key, bytes, write!);
      return undefined;
    } catch (error) {
      return `font cache not kept in ${dir}: ${error instanceof Error ? error.message : String(error)}`;
    }
  };
}

/** Reads what subsetting needs from the font's bytes and the cache folder; HarfBuzz is left for preparedFace. */
function prepare(font: Uint8Array): PreparedFont {
  const known = preparedFonts.get(font);
  if (known) return known;
  const lengths = glyphLengths(font);
  const emptyGlyphs = lengths.flatMap((length, gid) => (length === 0 ? [gid] : []));
  let closures = new Map<string, number[]>();
  let store: PreparedFont['store'];
  if (cacheDir !== undefined) {
    store = { dir: cacheDir, identity: fontIdentity(font, engineBytes()) };
    const file = closureFile(cacheDir, store.identity, closureRecipe(), lengths.length);
    closureFiles.push(file);
    closures = file.closures;
  }
  const prepared: PreparedFont = {
    font,
    emptyGlyphs,
    closureTables: { keep: [...CLOSURE_KEEPS, ...CLOSURE_COPIES], copy: CLOSURE_COPIES, all: [...tableOffsets(font).keys()] },
    closures,
    subsets: new Map(),
    ...(store ? { store } : {}),
  };
  preparedFonts.set(font, prepared);
  return prepared;
}

/** The font's face in HarfBuzz, preprocessed for subsetting (done once per font and process, when first needed). */
function preparedFace(prepared: PreparedFont): number {
  if (prepared.face === undefined) {
    const hb = harfbuzzSubset();
    const { font } = prepared;
    const fontPtr = hb.malloc(font.length);
    new Uint8Array(hb.memory.buffer, fontPtr, font.length).set(font);
    const blob = hb.hb_blob_create(fontPtr, font.length, HB_MEMORY_MODE_READONLY, 0, 0);
    const face = hb.hb_face_create(blob, 0);
    // Kept for the life of the process, with the font bytes it may still point into (a few hundred KB per font).
    prepared.face = hb.hb_subset_preprocess(face);
  }
  return prepared.face;
}

function runSubset(
  hb: HbSubsetExports,
  face: number,
  request: { unicodes: string; glyphs?: Iterable<number>; flags: number; tables?: { keep: string[]; copy: string[]; all: string[] } },
): Uint8Array {
  const lengthPtr = hb.malloc(4);
  let input = 0;
  let subset = 0;
  let subsetBlob = 0;
  try {
    input = hb.hb_subset_input_create_or_fail();
    if (!input) throw new Error('harfbuzz: hb_subset_input_create_or_fail failed (out of memory?)');
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const char of new Set(request.unicodes)) hb.hb_set_add(unicodes, char.codePointAt(0)!);
    const glyphs = hb.hb_subset_input_glyph_set(input);
    for (const gid of request.glyphs ?? []) hb.hb_set_add(glyphs, gid);

    // Every feature the font has except 'aalt': it only feeds glyph pickers (no shaper applies it), yet its
    // closure drags in every alternate glyph.
    const features = hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
    hb.hb_set_clear(features);
    hb.hb_set_invert(features);
    hb.hb_set_del(features, tag('aalt'));
    hb.hb_subset_input_set_flags(input, hb.hb_subset_input_get_flags(input) | request.flags);
    if (request.tables) {
      const drop = hb.hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
      hb.hb_set_clear(drop);
      for (const name of request.tables.all) if (!request.tables.keep.includes(name)) hb.hb_set_add(drop, tag(name));
      const copy = hb.hb_subset_input_set(input, HB_SUBSET_SETS_NO_SUBSET_TABLE_TAG);
      for (const name of request.tables.copy) hb.hb_set_add(copy, tag(name));
    }

    subset = hb.hb_subset_or_fail(face, input);
    if (!subset) throw new Error('harfbuzz: hb_subset_or_fail failed: is this a valid TTF/OTF font?');
    subsetBlob = hb.hb_face_reference_blob(subset);
    const dataPtr = hb.hb_blob_get_data(subsetBlob, lengthPtr);
    const length = new DataView(hb.memory.buffer).getUint32(lengthPtr, true);
    if (!dataPtr || length === 0) throw new Error('harfbuzz: the subset font is empty');
    return new Uint8Array(hb.memory.buffer, dataPtr, length).slice();
  } finally {
    if (subsetBlob) hb.hb_blob_destroy(subsetBlob);
    if (subset) hb.hb_face_destroy(subset);
    if (input) hb.hb_subset_input_destroy(input);
    hb.free(lengthPtr);
  }
}

/**
 * One string per distinct set of characters among the whitespace-separated words (closure depends on the set
 * only; maximalSets puts them in order), and every character of the text, white space included, sorted into one
 * string.
 */
function characterSets(text: string): { sets: string[]; characters: string } {
  const sets = new Set<string>();
  const characters = new Set<string>();
  // Splitting on a captured separator keeps the white space runs too: the words at even indexes, runs at odd.
  for (const piece of new Set(text.split(/(\s+)/u))) {
    if (!piece) continue;
    const chars = new Set(piece);
    for (const char of chars) characters.add(char);
    if (!/^\s/u.test(piece)) sets.add([...chars].sort().join(''));
  }
  return { sets: [...sets], characters: [...characters].sort().join('') };
}

/**
 * The character sets whose closures make up the closure of them all: a set inside another (a word whose letters
 * all occur in a longer word) adds no glyph, since a closure only grows with its input. Sets already in `known`
 * cost nothing and are kept; the rest are checked against the larger ones sharing their rarest character.
 */
function maximalSets(sets: string[], known: Map<string, number[]>): string[] {
  const bySize = [...sets].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const containing = new Map<string, Set<string>[]>();
  const kept: string[] = [];
  for (const word of bySize) {
    const chars = [...word];
    if (!known.has(word)) {
      const candidates = chars.map((c) => containing.get(c) ?? []).reduce((a, b) => (b.length < a.length ? b : a));
      if (candidates.some((larger) => chars.every((c) => larger.has(c)))) continue;
    }
    kept.push(word);
    const set = new Set(chars);
    for (const c of chars) {
      let list = containing.get(c);
      if (!list) containing.set(c, (list = []));
      list.push(set);
    }
  }
  return kept;
}

/** Glyph ids with an outline in a TrueType font (with RETAIN_GIDS, exactly the glyphs a subset kept, but empty ones). */
function nonEmptyGlyphs(font: Uint8Array): number[] {
  return glyphLengths(font).flatMap((length, gid) => (length > 0 ? [gid] : []));
}

/** The byte length of each glyph's outline, from the 'loca' table. */
function glyphLengths(font: Uint8Array): number[] {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = tableOffsets(font);
  const head = tables.get('head');
  const loca = tables.get('loca');
  const maxp = tables.get('maxp');
  if (head === undefined || loca === undefined || maxp === undefined) {
    throw new TypeError('subsetFont(font, text): font must be a TrueType (glyf/loca) font such as Noto Sans Devanagari TTF');
  }
  const longOffsets = view.getInt16(head + 50) === 1;
  const offset = (gid: number) => (longOffsets ? view.getUint32(loca + 4 * gid) : view.getUint16(loca + 2 * gid) * 2);
  const lengths: number[] = [];
  for (let gid = 0; gid < view.getUint16(maxp + 4); gid++) lengths.push(offset(gid + 1) - offset(gid));
  return lengths;
}

/** The font's tables by tag, with their offsets. */
function tableOffsets(font: Uint8Array): Map<string, number> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = new Map<string, number>();
  for (let i = 0; i < view.getUint16(4); i++) {
    const record = 12 + 16 * i;
    tables.set(String.fromCharCode(...font.subarray(record, record + 4)), view.getUint32(record + 8));
  }
  return tables;
}

function tag(name: string): number {
  return ((name.charCodeAt(0) << 24) | (name.charCodeAt(1) << 16) | (name.charCodeAt(2) << 8) | name.charCodeAt(3)) >>> 0;
}
