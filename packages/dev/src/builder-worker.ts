// The EPUB and Anki builders in a worker thread (see builder-thread.ts): one request at a time, answered in order.
import { parentPort } from 'node:worker_threads';
import { buildAnki } from '@book/build-anki';
import { buildEpub } from '@book/build-epub';
import type { BuilderReply, BuilderRequest } from './builder-thread.js';

let queue: Promise<void> = Promise.resolve();

async function run(request: BuilderRequest): Promise<BuilderReply> {
  const { id } = request;
  try {
    const book = JSON.parse(request.bookJson);
    if (request.kind === 'epub') return { id, epub: await buildEpub(book) };
    return { id, anki: await buildAnki(book, request.pageMap, request.ledger ? { ledger: request.ledger } : {}) };
  } catch (error) {
    return { id, error: (error as Error).stack ?? String(error) };
  }
}

parentPort!.on('message', (request: BuilderRequest) => {
  queue = queue.then(async () => parentPort!.postMessage(await run(request)));
});
