import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Files a build keeps on disk for the next build process (finished font subsets, figure drawings, deflated zip
 * entries): each named `<prefix><key><suffix>` by the hash of everything that decides its bytes, and ending with the
 * SHA-256 of what precedes it, so that a truncated or corrupt file fails that check and counts as missing. A folder
 * holds at most `max` files of one kind; beyond that the least recently used (by mtime, touched on each hit) go.
 */
export interface KeptFiles {
  path(dir: string, key: string): string;
  /** The kept bytes, or undefined when there are none or they fail their check. A hit is marked as recently used. */
  read(dir: string, key: string): Uint8Array | undefined;
  /** Writes the bytes through `write` (writeAtomic in the commands), then prunes the folder to `max` files. */
  save(dir: string, key: string, bytes: Uint8Array, write: (path: string, data: Uint8Array) => void): void;
}

const DIGEST_BYTES = 32;

export function keptFiles(prefix: string, suffix: string, max: number): KeptFiles {
  const path = (dir: string, key: string) => join(dir, `${prefix}${key}${suffix}`);
  return {
    path,
    read(dir, key) {
      const file = path(dir, key);
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch {
        return undefined;
      }
      if (bytes.length <= DIGEST_BYTES) return undefined;
      const body = bytes.subarray(0, bytes.length - DIGEST_BYTES);
      if (!digest(body).equals(bytes.subarray(bytes.length - DIGEST_BYTES))) return undefined;
      try {
        const now = new Date();
        utimesSync(file, now, now);
      } catch {
        // Another build pruned it meanwhile: the bytes read are still right.
      }
      return new Uint8Array(body.buffer, body.byteOffset, body.length);
    },
    save(dir, key, bytes, write) {
      write(path(dir, key), Buffer.concat([bytes, digest(bytes)]));
      const files: { file: string; used: number }[] = [];
      for (const name of readdirSync(dir)) {
        if (!name.startsWith(prefix) || !name.endsWith(suffix)) continue;
        const file = join(dir, name);
        try {
          files.push({ file, used: statSync(file).mtimeMs });
        } catch {
          // Pruned by a build running beside this one.
        }
      }
      files.sort((a, b) => b.used - a.used || (a.file < b.file ? -1 : 1));
      for (const { file } of files.slice(max)) rmSync(file, { force: true });
    },
  };
}

/** What one build process reads from a folder of kept files and adds to it. */
export interface KeptSession {
  /** The bytes kept for `key` (hashed with the recipe into the file's name), or undefined. */
  read(key: string): Uint8Array | undefined;
  /** Queues bytes computed by this process for `save`. */
  keep(key: string, bytes: Uint8Array): void;
  /** Writes what was queued; returns an error's message instead of throwing, as a cache must not fail a build. */
  save(): string | undefined;
}

/** The session of a process that keeps nothing on disk. */
export const nothingKept: KeptSession = { read: () => undefined, keep: () => undefined, save: () => undefined };

/**
 * A session on `dir` (undefined: nothing is read or kept) for the files of `files`, named by `recipe()` (the hash
 * of the code and libraries that make the bytes) and each key. `caller` and `what` name things in errors.
 */
export function keptSession(
  files: KeptFiles,
  dir: string | undefined,
  recipe: () => string,
  names: { caller: string; what: string },
  write?: (path: string, data: Uint8Array) => void,
): KeptSession {
  if (dir === undefined) return nothingKept;
  if (typeof write !== 'function') throw new TypeError(`${names.caller}(dir, write): pass a write function, e.g. writeAtomic from @book/model/io`);
  const hash = recipe();
  const unsaved = new Map<string, Uint8Array>();
  return {
    read: (key) => files.read(dir, keptFileKey(hash, key)),
    keep: (key, bytes) => void unsaved.set(keptFileKey(hash, key), bytes),
    save() {
      try {
        for (const [fileKey, bytes] of unsaved) files.save(dir, fileKey, bytes, write);
        unsaved.clear();
        return undefined;
      } catch (error) {
        return `${names.what} not kept in ${dir}: ${error instanceof Error ? error.message : String(error)}`;
      }
    },
  };
}

/** The SHA-256 (hex, 40 characters) naming a kept file, of `parts` joined by NUL. */
export function keptFileKey(...parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 40);
}

/**
 * A folder for kept files: $<envVar> if set ("off" keeps nothing on disk), else node_modules/.cache/<name> in the
 * nearest folder above `from` that has a node_modules.
 */
export function cacheFolder(name: string, envVar: string, from: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): string | undefined {
  const configured = env[envVar];
  if (configured !== undefined && configured !== '') return configured === 'off' ? undefined : resolve(configured);
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'node_modules'))) return join(dir, 'node_modules', '.cache', name);
    if (dirname(dir) === dir) return undefined;
  }
}

function digest(bytes: Uint8Array): Buffer {
  return createHash('sha256').update(bytes).digest();
}

let keeping = false;

/**
 * Whether a build keeps what it made in memory (a layout's words, deflated streams, chapter documents) for the next
 * build in this thread. Watch mode turns it on, in each thread that builds: the next save reuses most of it. Off by
 * default: a command that builds once would only pay for it, in memory held to the end and in hashing the inputs
 * (at 100× ~250 MB more at the PDF's peak; 15 MB of JSON hashed for the EPUB's chapters). Outputs are the same
 * bytes either way.
 */
export function keepBetweenBuilds(on = true): void {
  keeping = on;
}

export function keepingBetweenBuilds(): boolean {
  return keeping;
}
