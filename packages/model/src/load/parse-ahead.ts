import { readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { VFile } from 'vfile';
import type { ChapterCache } from './chapter-cache.js';
import { restore, type ChapterEntry, type ChapterStore } from './chapter-store.js';
import { fileKind } from './file-kind.js';
import { MAX_SOURCE_BYTES } from './read-source.js';

/**
 * Below this many bytes of chapters to parse, a worker thread is not worth starting: at 10× (0.9 MB) one worker
 * cost 0.8 s more CPU and no wall time (medians of 7: 2.09 s none, 2.24 s one). At 100× (10 MB) one worker took
 * the command from 9.0 to 6.7 s (medians of 7, alternating, on the shared 2-core machine at load 9-11; faster in
 * 6 of 7 pairs) and used less CPU in all (4.7 → 4.1 s), the main thread's half of it (3.0 → 1.3 s). An earlier
 * measurement at load 12-20 found no gain (33.4 s none, 34.0 s one), before the loader stopped keeping each
 * chapter's parsed YAML. So the commands use threads by default above this size.
 */
export const MIN_BYTES_FOR_THREADS = 2_000_000;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Parses the content folder's chapter files that `store` does not hold yet, shared between this thread and
 * `threads` worker threads, into `cache`, so that the loadBook that follows (with that cache) finds every chapter
 * parsed. Only a head start: the texts are read here without loadBook's checks, and a file it then reads
 * differently, or one that failed here, it simply parses itself. `threads` undefined: one fewer than the cores
 * (at most 3), when there are MIN_BYTES_FOR_THREADS to parse; 0: none.
 *
 * Each thread takes the next chapter (largest first) from one shared counter until none is left, so all finish
 * together however late a worker starts (~0.3 s to load its modules) or however slowly a busy machine runs it:
 * split in halves ahead, one thread often waited for the other.
 */
export async function parseAhead(contentDir: string, cache: ChapterCache, store: ChapterStore | undefined, threads?: number): Promise<void> {
  if (threads === 0 || !import.meta.url.endsWith('.js')) return;
  if (threads === undefined && folderBytes(contentDir) < MIN_BYTES_FOR_THREADS) return;
  const todo = chapterTexts(contentDir).filter(({ name, text }) => !store?.has(name, text));
  const bytes = todo.reduce((sum, chapter) => sum + chapter.bytes, 0);
  const count = threads ?? (bytes >= MIN_BYTES_FOR_THREADS ? Math.min(3, availableParallelism() - 1) : 0);
  if (count <= 0 || todo.length < 2) return;
  const chapters = todo.sort((a, b) => b.bytes - a.bytes).map(({ name, text }) => ({ name, text }));
  const next = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const take = (entries: WorkerEntries) => {
    for (const [i, entry] of entries) {
      const { name, text } = chapters[i]!;
      if (!entry) continue;
      store?.save(name, text, entry);
      const file = new VFile({ path: name, value: text });
      cache.remember(name, text, restore(entry, file), file.messages);
    }
  };
  const workers = Array.from({ length: Math.min(count, chapters.length - 1) }, () => runWorker(chapters, next, take));
  for (let i = Atomics.add(next, 0, 1); i < chapters.length; i = Atomics.add(next, 0, 1)) {
    const { name, text } = chapters[i]!;
    try {
      cache.load(new VFile({ path: name, value: text }), name);
    } catch {
      // loadBook parses it again and reports what went wrong
    }
    // Let the workers' batches in meanwhile: copied in here while they parse on, not all at the end.
    await new Promise(setImmediate);
  }
  await Promise.all(workers);
}

/** The size of the folder's .md files: below the threshold, not worth reading twice. */
function folderBytes(contentDir: string): number {
  return readdirSync(contentDir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .reduce((sum, entry) => sum + statSync(join(contentDir, entry.name)).size, 0);
}

/** The text of each plain .md file of the folder that decodes as UTF-8 and is within the size limit. */
function chapterTexts(contentDir: string): { name: string; text: string; bytes: number }[] {
  const texts: { name: string; text: string; bytes: number }[] = [];
  for (const name of readdirSync(contentDir).filter((n) => n.endsWith('.md')).sort()) {
    const path = join(contentDir, name);
    if (fileKind(path) !== 'file' || statSync(path).size > MAX_SOURCE_BYTES) continue;
    try {
      const bytes = readFileSync(path);
      texts.push({ name, text: utf8.decode(bytes), bytes: bytes.length });
    } catch {
      // not UTF-8: loadBook reports it
    }
  }
  return texts;
}

/**
 * Runs a worker thread on the chapters it takes (by the shared counter `next`), handing each batch of entries it
 * sends to `take` as it arrives; settles when the thread is done or failed (loadBook parses what it took and did
 * not send).
 */
function runWorker(chapters: { name: string; text: string }[], next: Int32Array, take: (entries: WorkerEntries) => void): Promise<void> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./chapter-worker.js', import.meta.url), { workerData: { chapters, next } });
    worker.on('message', (entries: WorkerEntries) => take(entries));
    worker.once('error', () => resolve());
    worker.once('exit', () => resolve());
  });
}

/** A batch a worker thread sends back: the index of each chapter it took, and its entry (null where loadChapter threw). */
export type WorkerEntries = [number, ChapterEntry | null][];
