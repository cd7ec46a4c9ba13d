import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { cacheFolder } from '@book/kept-files';
import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import type { Chapter, FigureBlock } from '../schema/index.js';
import { writeAtomic } from '../io/write-atomic.js';
import { figurePosition, placeFigure } from '../figures/placement.js';
import { frontmatterOnDemand, loadChapter, type LoadedChapter } from './chapter.js';
import { modelCodeHash } from './code-version.js';
import type { WrittenLink } from './links.js';

/** Loads one chapter file (already read and decoded), adding its messages to `file`: loadChapter, or a cache of it. */
export interface ChapterLoader {
  load(file: VFile, name: string): LoadedChapter | undefined;
}

const FORMAT = 1;
/** prune() keeps this many entries per chapter of the last load (room for undoing edits, switching branches)… */
const KEPT_PER_CHAPTER = 4;
/** …and at least this many (several books or fixtures share one store). */
const MIN_KEPT_ENTRIES = 256;

interface StoredMessage {
  reason: string;
  place?: Point | Position;
  ruleId?: string;
  source?: string;
  fatal?: boolean;
}

export interface StoredEntry {
  format: number;
  key: string;
  messages: StoredMessage[];
  /** Absent when the chapter did not load (its messages say why). */
  loaded?: { chapter: Chapter; links: WrittenLink[]; schemaValid: boolean; figurePlaces: [number, Position | null][] };
}

/**
 * What loadChapter made of each chapter text, kept on disk between builds: one JSON file per (model code, file name,
 * text) hash holding the chapter, its `#id` links and its messages, so that `npm run build` after an edit parses
 * only the edited chapter, and an unchanged chapter's warnings are reported again as a fresh parse reports them.
 * The checks across chapters always run on the whole book. Entries are written atomically; one that cannot be read
 * or does not fit is ignored (the chapter is parsed again and the entry rewritten), so the Book never depends on it.
 */
export class ChapterStore implements ChapterLoader {
  /** How many chapters came from the store and how many were parsed, since it was opened. */
  readonly counts = { stored: 0, parsed: 0 };

  constructor(
    readonly dir: string,
    readonly codeHash: string = modelCodeHash(),
  ) {}

  /** The store in chapterCacheDir(), or undefined when the cache is off. */
  static open(from?: string, env?: NodeJS.ProcessEnv): ChapterStore | undefined {
    const dir = chapterCacheDir(from, env);
    return dir === undefined ? undefined : new ChapterStore(dir);
  }

  load(file: VFile, name: string): LoadedChapter | undefined {
    const text = String(file.value);
    const { key, path } = this.locate(name, text);
    const entry = readEntry(path, key);
    if (entry) {
      this.counts.stored++;
      touch(path);
      return restore(entry, file);
    }
    this.counts.parsed++;
    const before = file.messages.length;
    const loaded = loadChapter(file, name);
    this.write(key, path, toEntry(loaded, file.messages.slice(before)));
    return loaded;
  }

  /**
   * Deletes the least recently used entries beyond `keep` (each edit of a chapter adds one). Runs only when this
   * store wrote something, so a build that parsed nothing does not list the folder. Never fails: an entry that
   * another build removes or rewrites meanwhile is only parsed again.
   */
  prune(keep: number = Math.max(MIN_KEPT_ENTRIES, KEPT_PER_CHAPTER * (this.counts.stored + this.counts.parsed))): number {
    if (!this.wrote) return 0;
    const files: { path: string; used: number }[] = [];
    try {
      for (const folder of readdirSync(this.dir)) {
        for (const name of readdirSync(join(this.dir, folder))) {
          if (!name.endsWith('.json')) continue;
          const path = join(this.dir, folder, name);
          files.push({ path, used: statSync(path).mtimeMs });
        }
      }
    } catch {
      return 0;
    }
    files.sort((a, b) => b.used - a.used || (a.path < b.path ? -1 : 1));
    const stale = files.slice(keep);
    for (const { path } of stale) rmSync(path, { force: true });
    return stale.length;
  }

  /** Whether an entry for this text is on disk (it may still turn out unreadable when loaded). */
  has(name: string, text: string): boolean {
    return existsSync(this.locate(name, text).path);
  }

  /** Keep what loadChapter made of `text` (toEntry, made here or in a worker thread). */
  save(name: string, text: string, entry: ChapterEntry): void {
    const { key, path } = this.locate(name, text);
    this.write(key, path, entry);
  }

  private wrote = false;

  private write(key: string, path: string, entry: ChapterEntry): void {
    this.wrote = true;
    try {
      writeAtomic(path, JSON.stringify({ format: FORMAT, key, ...entry }));
    } catch {
      // A cache that cannot be written (read-only, full disk) only costs the next build a parse.
    }
  }

  /** The last key of each file name: parseAhead and loadBook hash the same texts (comparing them is much cheaper). */
  private readonly keys = new Map<string, { text: string; key: string }>();

  private locate(name: string, text: string): { key: string; path: string } {
    let key = this.keys.get(name)?.text === text ? this.keys.get(name)!.key : undefined;
    if (key === undefined) {
      key = createHash('sha256').update(`${this.codeHash}\n${name}\n`).update(text).digest('hex');
      this.keys.set(name, { text, key });
    }
    return { key, path: join(this.dir, key.slice(0, 2), `${key}.json`) };
  }
}

/** What loadChapter made of one text, as plain data: what the store keeps and a worker thread sends back. */
export type ChapterEntry = Omit<StoredEntry, 'format' | 'key'>;

/** loadChapter's result and the messages it added, as plain data. */
export function toEntry(loaded: LoadedChapter | undefined, messages: readonly VFile['messages'][number][]): ChapterEntry {
  const entry: ChapterEntry = {
    messages: messages.map(({ reason, place, ruleId, source, fatal }) => ({ reason, place, ruleId, source, fatal: fatal ?? undefined })),
  };
  if (loaded) {
    const figurePlaces = loaded.chapter.blocks.flatMap((block, i): [number, Position | null][] =>
      block.type === 'figure' ? [[i, figurePosition(block) ?? null]] : [],
    );
    entry.loaded = { chapter: loaded.chapter, links: loaded.links, schemaValid: loaded.schemaValid, figurePlaces };
  }
  return entry;
}

/** The LoadedChapter of an entry, for `file` (which holds the same text), with the entry's messages added to it. */
export function restore(entry: ChapterEntry, file: VFile): LoadedChapter | undefined {
  for (const { reason, place, ruleId, source, fatal } of entry.messages) {
    const message = file.message(reason, { place, ruleId, source });
    message.fatal = fatal;
  }
  if (!entry.loaded) return undefined;
  const { chapter, links, schemaValid, figurePlaces } = entry.loaded;
  for (const [index, place] of figurePlaces) placeFigure(chapter.blocks[index] as FigureBlock, place ?? undefined);
  return { chapter, links, schemaValid, file, yaml: frontmatterOnDemand(file) };
}

/** Marks an entry as just used, for prune(); a cache that cannot be touched is still a cache. */
function touch(path: string): void {
  try {
    const now = new Date();
    utimesSync(path, now, now);
  } catch {
    // removed by another build's prune meanwhile: the entry read is still right
  }
}

/** The entry at `path` when it is a complete entry for `key`; undefined when missing, unreadable or not one. */
function readEntry(path: string, key: string): StoredEntry | undefined {
  let entry: unknown;
  try {
    entry = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
  return isEntry(entry, key) ? entry : undefined;
}

function isEntry(value: unknown, key: string): value is StoredEntry {
  if (!isObject(value) || value.format !== FORMAT || value.key !== key || !Array.isArray(value.messages)) return false;
  if (!value.messages.every((m) => isObject(m) && typeof m.reason === 'string')) return false;
  if (value.loaded === undefined) return true;
  const loaded = value.loaded;
  if (!isObject(loaded) || !isObject(loaded.chapter) || !Array.isArray(loaded.chapter.blocks)) return false;
  if (!Array.isArray(loaded.links) || typeof loaded.schemaValid !== 'boolean' || !Array.isArray(loaded.figurePlaces)) return false;
  const blocks = loaded.chapter.blocks as unknown[];
  return loaded.figurePlaces.every((pair) => Array.isArray(pair) && isObject(blocks[pair[0] as number]) && (blocks[pair[0] as number] as { type?: unknown }).type === 'figure');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The folder of the chapter store: $BOOK_MODEL_CACHE if set ("off" keeps nothing on disk), else
 * node_modules/.cache/book-model in the nearest folder above `from` that has a node_modules (cacheFolder, as every
 * cache of the build finds its folder).
 */
export function chapterCacheDir(from: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): string | undefined {
  return cacheFolder('book-model', 'BOOK_MODEL_CACHE', from, env);
}
