import { parentPort, workerData } from 'node:worker_threads';
import { VFile } from 'vfile';
import { loadChapter } from './chapter.js';
import { toEntry } from './chapter-store.js';
import type { WorkerEntries } from './parse-ahead.js';

/**
 * A worker thread of parseAhead: loadChapter on each text it takes (the shared counter `next` says which), until
 * none is left; sends the entries back by index (null where it threw) in batches, so the main thread copies them
 * in while this one parses on, instead of all of them once it is done.
 */
const { chapters, next } = workerData as { chapters: { name: string; text: string }[]; next: Int32Array };
const BATCH = 8;
let entries: WorkerEntries = [];
for (let i = Atomics.add(next, 0, 1); i < chapters.length; i = Atomics.add(next, 0, 1)) {
  const { name, text } = chapters[i]!;
  const file = new VFile({ path: name, value: text });
  try {
    entries.push([i, toEntry(loadChapter(file, name), file.messages)]);
  } catch {
    entries.push([i, null]); // loadBook parses it again in the main thread and reports what went wrong there
  }
  if (entries.length === BATCH) {
    parentPort!.postMessage(entries);
    entries = [];
  }
}
parentPort!.postMessage(entries);
