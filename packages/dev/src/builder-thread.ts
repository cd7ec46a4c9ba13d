import { Worker } from 'node:worker_threads';
import type { BuildResult, Ledger } from '@book/build-anki';
import type { PageMap } from '@book/page-map';

type RequestBody = { kind: 'epub'; bookJson: string } | { kind: 'anki'; bookJson: string; pageMap: PageMap; ledger?: Ledger };
export type BuilderRequest = RequestBody & { id: number };
export type BuilderReply = { id: number; epub?: Uint8Array; anki?: BuildResult; error?: string };

/**
 * The EPUB and Anki builders on the second core, so that in watch mode the main thread only loads the content
 * and builds the PDF. The worker stays loaded between rebuilds (modules, fonts, glyph closures) and builds one
 * request at a time, in order. It runs the compiled builders (lib/builder-worker.js, also when this file runs
 * from src/ in the tests, which build first).
 */
export class BuilderThread {
  private worker: Worker | undefined;
  private nextId = 0;
  private readonly waiting = new Map<number, { resolve: (reply: BuilderReply) => void; reject: (error: Error) => void }>();

  epub(bookJson: string): Promise<Uint8Array> {
    return this.request({ kind: 'epub', bookJson }).then((reply) => reply.epub!);
  }

  anki(bookJson: string, pageMap: PageMap, ledger?: Ledger): Promise<BuildResult> {
    return this.request({ kind: 'anki', bookJson, pageMap, ...(ledger ? { ledger } : {}) }).then((reply) => reply.anki!);
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }

  private request(body: RequestBody): Promise<BuilderReply> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.start().postMessage({ ...body, id });
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    // No inherited execArgv: a test runner's `--conditions source` would send the worker to the TypeScript sources.
    const worker = new Worker(new URL('../lib/builder-worker.js', import.meta.url), { execArgv: [] });
    worker.on('message', (reply: BuilderReply) => {
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (reply.error) waiter?.reject(new Error(`build failed in the builder thread: ${reply.error}`));
      else waiter?.resolve(reply);
    });
    worker.on('error', (error) => {
      for (const waiter of this.waiting.values()) waiter.reject(error);
      this.waiting.clear();
      this.worker = undefined;
    });
    return (this.worker = worker);
  }
}
