import { parentPort, workerData } from 'node:worker_threads';
import { VFile } from 'vfile';
import { loadChapter } from './chapter.js';
import { toEntry, type ChapterEntry } from './chapter-store.js';

/** A worker thread of parseAhead: loadChapter on each text it is given; sends back the entries (null where it threw). */
const { chapters } = workerData as { chapters: { name: string; text: string }[] };
const entries: (ChapterEntry | null)[] = chapters.map(({ name, text }) => {
  const file = new VFile({ path: name, value: text });
  try {
    return toEntry(loadChapter(file, name), file.messages);
  } catch {
    return null; // loadBook parses it again in the main thread and reports what went wrong there
  }
});
parentPort!.postMessage(entries);
