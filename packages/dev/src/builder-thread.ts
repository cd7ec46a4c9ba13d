import { Worker } from 'node:worker_threads';
import type { Ledger } from '@book/build-anki';
import type { PageMap } from '@book/page-map';

/**
 * What the worker is asked to do. It builds the EPUB and the decks from the Book as bookJson wrote it and writes
 * them, with the inputs it was sent (the Book, the page map), beside their targets (stageAtomic in @book/model), so
 * their bytes never travel back to this thread; `commit` puts them in place (renames) while this thread writes the
 * PDF files, `discard` removes them: a rebuild that failed anywhere changes nothing in dist/.
 */
export type BuilderJob =
  | { kind: 'epub'; bookJson: string; bookPath: string; epubPath: string }
  | { kind: 'anki'; bookJson: string; pageMap: PageMap; ledger?: Ledger; pageMapPath: string; apkgPath: string; ledgerPath: string }
  | { kind: 'commit' }
  | { kind: 'discard' };

export type BuilderRequest = { id: number } & BuilderJob;

/** `ms`: how long the job took in the worker (not counting the wait in its queue). */
export type BuilderReply = { id: number; ms: number; error?: string };

/**
 * The EPUB and Anki builders on the second core. In watch mode the EPUB is built while the main thread lays the
 * PDF out (it needs no page map), then the decks (they need it) while the main thread renders the PDF files. The
 * worker stays loaded between rebuilds (modules, sql.js, fonts, glyph closures and the builders' kept work) and
 * does one request at a time, in order. It runs the compiled builders (lib/builder-worker.js, also when this
 * file runs from src/ in the tests, which build first).
 */
export class BuilderThread {
  private worker: Worker | undefined;
  private nextId = 0;
  private readonly waiting = new Map<number, { resolve: (reply: BuilderReply) => void; reject: (error: Error) => void }>();

  /** Builds the EPUB and stages it and the Book for commit(); resolves to the worker's time. */
  async epub(bookJson: string, paths: { bookPath: string; epubPath: string }): Promise<number> {
    return (await this.request({ kind: 'epub', bookJson, ...paths })).ms;
  }

  /** Builds the decks and stages them and the page map for commit(); resolves to the worker's time. */
  async anki(bookJson: string, pageMap: PageMap, paths: { pageMapPath: string; apkgPath: string; ledgerPath: string }, ledger?: Ledger): Promise<number> {
    return (await this.request({ kind: 'anki', bookJson, pageMap, ...paths, ...(ledger ? { ledger } : {}) })).ms;
  }

  /** Puts the Book, the EPUB, the page map, the .apkg and the ledger staged since the last commit or discard in place. */
  async commit(): Promise<number> {
    return (await this.request({ kind: 'commit' })).ms;
  }

  /** Removes what was staged since the last commit. */
  async discard(): Promise<void> {
    await this.request({ kind: 'discard' });
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
