// The EPUB and Anki builders in a worker thread (see builder-thread.ts): one request at a time, answered in order.
import { performance } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';
import { buildAnki, ledgerJson } from '@book/build-anki';
import { buildEpub, keepBetweenBuilds } from '@book/build-epub';
import { stageAtomic, type StagedFile } from '@book/model';
import { pageMapJson } from '@book/page-map';
import type { BuilderReply, BuilderRequest } from './builder-thread.js';

keepBetweenBuilds(); // in this thread too: each save reuses the chapters that did not change
let queue: Promise<void> = Promise.resolve();
/** The files each job built since the last commit or discard, written beside their targets (see stageAtomic). */
let staged: { epub?: StagedFile[]; anki?: StagedFile[] } = {};

async function run(request: BuilderRequest): Promise<BuilderReply> {
  const { id } = request;
  const started = performance.now();
  try {
    if (request.kind === 'epub') {
      discardStaged();
      const epub = await buildEpub(JSON.parse(request.bookJson));
      staged.epub = [stageAtomic(request.bookPath, request.bookJson), stageAtomic(request.epubPath, epub)];
    } else if (request.kind === 'anki') {
      const anki = await buildAnki(JSON.parse(request.bookJson), request.pageMap, request.ledger ? { ledger: request.ledger } : {});
      staged.anki = [stageAtomic(request.pageMapPath, pageMapJson(request.pageMap)), stageAtomic(request.apkgPath, anki.apkg), stageAtomic(request.ledgerPath, ledgerJson(anki.ledger))];
    } else if (request.kind === 'commit') {
      const { epub, anki } = staged;
      if (!epub || !anki) throw new TypeError('commit: the EPUB and the decks of this rebuild were not both built; ask for them first');
      for (const file of [...epub, ...anki]) file.commit();
      staged = {};
    } else discardStaged();
    return { id, ms: performance.now() - started };
  } catch (error) {
    return { id, ms: performance.now() - started, error: (error as Error).stack ?? String(error) };
  }
}

function discardStaged(): void {
  for (const file of [...(staged.epub ?? []), ...(staged.anki ?? [])]) file.discard();
  staged = {};
}

parentPort!.on('message', (request: BuilderRequest) => {
  queue = queue.then(async () => parentPort!.postMessage(await run(request)));
});
