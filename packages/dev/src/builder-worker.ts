// The EPUB and Anki builders in a worker thread (see builder-thread.ts): one request at a time, answered in order.
import { performance } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';
import { buildAnki, ledgerJson } from '@book/build-anki';
import { buildEpub } from '@book/build-epub';
import { writeAtomic } from '@book/model';
import { pageMapJson } from '@book/page-map';
import type { BuilderReply, BuilderRequest } from './builder-thread.js';

let queue: Promise<void> = Promise.resolve();

async function run(request: BuilderRequest): Promise<BuilderReply> {
  const { id } = request;
  const started = performance.now();
  try {
    const book = JSON.parse(request.bookJson);
    if (request.kind === 'epub') {
      writeAtomic(request.bookPath, request.bookJson);
      writeAtomic(request.epubPath, await buildEpub(book));
    } else {
      writeAtomic(request.pageMapPath, pageMapJson(request.pageMap));
      const anki = await buildAnki(book, request.pageMap, request.ledger ? { ledger: request.ledger } : {});
      writeAtomic(request.apkgPath, anki.apkg);
      writeAtomic(request.ledgerPath, ledgerJson(anki.ledger));
    }
    return { id, ms: performance.now() - started };
  } catch (error) {
    return { id, ms: performance.now() - started, error: (error as Error).stack ?? String(error) };
  }
}

parentPort!.on('message', (request: BuilderRequest) => {
  queue = queue.then(async () => parentPort!.postMessage(await run(request)));
});
