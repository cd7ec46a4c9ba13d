import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { loadChapter, type LoadedChapter } from './chapter.js';
import type { ChapterLoader } from './chapter-store.js';

/**
 * Chapters loaded before, by file name, for a process that loads the same folder again and again (watch mode):
 * a chapter whose text is unchanged is not parsed again, and its messages are reported again as they were.
 * Kept in memory, so an unchanged chapter costs no reading of the store either.
 */
export class ChapterCache implements ChapterLoader {
  /** `inner` loads what this process has not seen (the ChapterStore on disk, for the first build of watch mode). */
  constructor(private readonly inner: ChapterLoader = { load: loadChapter }) {}

  private readonly entries = new Map<string, { text: string; loaded: LoadedChapter | undefined; messages: VFileMessage[] }>();

  /** loadChapter(file, name), or its earlier result when `file` holds the same text as then. */
  load(file: VFile, name: string): LoadedChapter | undefined {
    const text = String(file.value);
    const known = this.entries.get(name);
    if (known?.text === text) {
      file.messages.push(...known.messages);
      return known.loaded && { ...known.loaded, file };
    }
    const before = file.messages.length;
    const loaded = this.inner.load(file, name);
    this.entries.set(name, { text, loaded, messages: file.messages.slice(before) });
    return loaded;
  }

  /** Take what loadChapter made of `text` elsewhere (a worker thread): the next load of the same text uses it. */
  remember(name: string, text: string, loaded: LoadedChapter | undefined, messages: VFileMessage[]): void {
    this.entries.set(name, { text, loaded, messages });
  }
}
