// The EPUB and Anki builders in a worker thread (see builder-thread.ts): one request at a time, answered in order.
import { performance } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';
import { buildAnki, ledgerJson } from '@book/build-anki';
import { buildEpub } from '@book/build-epub';
import { writeAtomic } from '@book/model';
import { pageMapJson } from '@book/page-map';
import type { BuilderReply, BuilderRequest } from './builder-thread.js';

let queue: Promise<void> = Promise.resolve();
/** What was built since the last commit or discard. */
let built: { bookJson?: string; epub?: Uint8Array; pageMap?: string; apkg?: Uint8Array; ledger?: string } = {};

async function run(request: BuilderRequest): Promise<BuilderReply> {
  const { id } = request;
  const started = performance.now();
  try {
    if (request.kind === 'epub') {
      built = { bookJson: request.bookJson, epub: await buildEpub(JSON.parse(request.bookJson)) };
    } else if (request.kind === 'anki') {
      const anki = await buildAnki(JSON.parse(request.bookJson), request.pageMap, request.ledger ? { ledger: request.ledger } : {});
      Object.assign(built, { pageMap: pageMapJson(request.pageMap), apkg: anki.apkg, ledger: ledgerJson(anki.ledger) });
    } else if (request.kind === 'commit') {
      const { bookJson, epub, pageMap, apkg, ledger } = built;
      if (bookJson === undefined || !epub || pageMap === undefined || !apkg || ledger === undefined) {
        throw new TypeError('commit: the EPUB and the decks of this rebuild were not both built; ask for them first');
      }
      writeAtomic(request.bookPath, bookJson);
      writeAtomic(request.epubPath, epub);
      writeAtomic(request.pageMapPath, pageMap);
      writeAtomic(request.apkgPath, apkg);
      writeAtomic(request.ledgerPath, ledger);
      built = {};
    } else built = {};
    return { id, ms: performance.now() - started };
  } catch (error) {
    return { id, ms: performance.now() - started, error: (error as Error).stack ?? String(error) };
  }
}

parentPort!.on('message', (request: BuilderRequest) => {
  queue = queue.then(async () => parentPort!.postMessage(await run(request)));
});
