import { Worker } from 'node:worker_threads';
import type { BuildResult, Ledger } from '@book/build-anki';
import type { PageMap } from '@book/page-map';

export interface AnkiRequest {
  id: number;
  bookJson: string;
  pageMap: PageMap;
  ledger?: Ledger;
}

export type AnkiReply = { id: number; result?: BuildResult; error?: string };

/**
 * The Anki builder on the second core: in watch mode the decks are built while the main thread renders the PDF and
 * builds the EPUB. The worker stays loaded between rebuilds (modules, sql.js, fonts, glyph closures) and builds
 * one request at a time, in order. It runs the compiled builder (lib/anki-worker.js, also when this file runs from
 * src/ in the tests, which build first).
 */
export class AnkiThread {
  private worker: Worker | undefined;
  private nextId = 0;
  private readonly waiting = new Map<number, { resolve: (result: BuildResult) => void; reject: (error: Error) => void }>();

  build(bookJson: string, pageMap: PageMap, ledger?: Ledger): Promise<BuildResult> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.start().postMessage({ id, bookJson, pageMap, ...(ledger ? { ledger } : {}) } satisfies AnkiRequest);
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    // No inherited execArgv: a test runner's `--conditions source` would send the worker to the TypeScript sources.
    const worker = new Worker(new URL('../lib/anki-worker.js', import.meta.url), { execArgv: [] });
    worker.on('message', (reply: AnkiReply) => {
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (reply.result) waiter?.resolve(reply.result);
      else waiter?.reject(new Error(`Anki build failed in its worker thread: ${reply.error}`));
    });
    worker.on('error', (error) => {
      for (const waiter of this.waiting.values()) waiter.reject(error);
      this.waiting.clear();
      this.worker = undefined;
    });
    return (this.worker = worker);
  }
}
