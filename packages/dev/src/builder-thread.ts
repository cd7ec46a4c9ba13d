import { Worker } from 'node:worker_threads';
import type { Ledger } from '@book/build-anki';
import type { PageMap } from '@book/page-map';

/**
 * What the worker is asked to build, from the Book as bookJson wrote it, and the files it writes (atomically): its
 * outputs, so their bytes never travel back to this thread, and the inputs it was sent (the Book before the EPUB,
 * the page map before the decks), so this thread, the critical path, writes only the PDF files.
 */
export type BuilderJob = { bookJson: string } & (
  | { kind: 'epub'; bookPath: string; epubPath: string }
  | { kind: 'anki'; pageMap: PageMap; ledger?: Ledger; pageMapPath: string; apkgPath: string; ledgerPath: string }
);

export type BuilderRequest = { id: number } & BuilderJob;

/** `ms`: how long the build and its writes took in the worker (not counting the wait in its queue). */
export type BuilderReply = { id: number; ms: number; error?: string };

/**
 * The EPUB and Anki builders on the second core. In watch mode the EPUB is built while the main thread lays the
 * PDF out (it needs no page map), then the decks (they need it) while the main thread renders the PDF files. The
 * worker stays loaded between rebuilds (modules, sql.js, fonts, glyph closures and the builders' kept work) and
 * builds one request at a time, in order. It runs the compiled builders (lib/builder-worker.js, also when this
 * file runs from src/ in the tests, which build first).
 */
export class BuilderThread {
  private worker: Worker | undefined;
  private nextId = 0;
  private readonly waiting = new Map<number, { resolve: (reply: BuilderReply) => void; reject: (error: Error) => void }>();

  /** Writes the Book to `bookPath`, builds the EPUB and writes it to `epubPath`; resolves to the worker's time. */
  async epub(bookJson: string, paths: { bookPath: string; epubPath: string }): Promise<number> {
    return (await this.request({ kind: 'epub', bookJson, ...paths })).ms;
  }

  /** Writes the page map, builds the decks and writes the .apkg and the ledger; resolves to the worker's time. */
  async anki(bookJson: string, pageMap: PageMap, paths: { pageMapPath: string; apkgPath: string; ledgerPath: string }, ledger?: Ledger): Promise<number> {
    return (await this.request({ kind: 'anki', bookJson, pageMap, ...paths, ...(ledger ? { ledger } : {}) })).ms;
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }

  private request(job: BuilderJob): Promise<BuilderReply> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.start().postMessage({ ...job, id } satisfies BuilderRequest);
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    // No inherited execArgv: a test runner's `--conditions source` would send the worker to the TypeScript sources.
    const worker = new Worker(new URL('../lib/builder-worker.js', import.meta.url), { execArgv: [] });
    worker.on('message', (reply: BuilderReply) => {
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (reply.error === undefined) waiter?.resolve(reply);
      else waiter?.reject(new Error(`build failed in the builders' worker thread: ${reply.error}`));
    });
    worker.on('error', (error) => {
      for (const waiter of this.waiting.values()) waiter.reject(error);
      this.waiting.clear();
      this.worker = undefined;
    });
    return (this.worker = worker);
  }
}
