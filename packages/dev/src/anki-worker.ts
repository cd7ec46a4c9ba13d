// The Anki builder in a worker thread (see anki-thread.ts): one request at a time, answered in order.
import { parentPort } from 'node:worker_threads';
import { buildAnki } from '@book/build-anki';
import type { AnkiReply, AnkiRequest } from './anki-thread.js';

let queue: Promise<void> = Promise.resolve();

async function run({ id, bookJson, pageMap, ledger }: AnkiRequest): Promise<AnkiReply> {
  try {
    return { id, result: await buildAnki(JSON.parse(bookJson), pageMap, ledger ? { ledger } : {}) };
  } catch (error) {
    return { id, error: (error as Error).stack ?? String(error) };
  }
}

parentPort!.on('message', (request: AnkiRequest) => {
  queue = queue.then(async () => parentPort!.postMessage(await run(request)));
});
