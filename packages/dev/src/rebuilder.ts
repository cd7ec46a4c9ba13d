import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Ledger } from '@book/build-anki';
import { keepBetweenBuilds, layoutPdf } from '@book/build-pdf';
import { bookJson, ChapterCache, ChapterStore, loadBook, recordBookId, writeAtomic, type Book } from '@book/model';
import { reporter } from 'vfile-reporter';
import { BuilderThread } from './builder-thread.js';
import { builder, modelOutputs } from './builders.js';

/** What one rebuild did: the outputs written (file names in the out folder) and how long each step took. */
export interface RebuildReport {
  /** Content files whose change triggered it ([] for the first build). */
  changed: string[];
  /** 'invalid': content has errors (printed in `problems`), dist/ untouched; 'unchanged': same Book as before. */
  outcome: 'built' | 'unchanged' | 'invalid';
  written: string[];
  problems?: string;
  timings: { step: string; ms: number }[];
  totalMs: number;
}

export interface RebuilderOptions {
  contentDir: string;
  outDir: string;
  /** The released Anki ledger (packages/build-anki/anki-ledger.json), as the build passes it; optional. */
  ankiLedger?: Ledger;
  /** The PDF builder's layoutPdf; a test passes one that fails. */
  layoutPdf?: typeof layoutPdf;
}

/**
 * Keeps the builders loaded in this process (modules imported, fonts and wasm initialised by the first build) and
 * rebuilds dist/ from content/ on demand; only the chapter files that changed are parsed again. Every output
 * depends on the whole Book, so a changed Book rebuilds them all: the EPUB in a worker thread while this thread lays
 * the PDF out, then the decks in that worker (they need the page map) while this thread renders the PDF files. The
 * builders keep work of their last build that the next one can reuse (see the tests in tests/dev). The worker
 * writes its files beside their targets as it builds them and, once every output is built, puts them in place
 * while this thread writes the two PDFs; a rebuild that fails anywhere writes nothing. The report's epub and anki
 * times are the worker's, `wait` is how long this thread waited for it after the PDF. A save that leaves the Book as it was (whitespace, a comment in YAML)
 * rebuilds nothing. close() stops the worker.
 */
export function createRebuilder({ contentDir, outDir, ankiLedger, layoutPdf: layOut = layoutPdf }: RebuilderOptions) {
  let lastJson: string | undefined;
  // In memory for the saves of this session; from disk for its first build (what `npm run build` left there).
  const cache = new ChapterCache(ChapterStore.open());
  const builderThread = new BuilderThread();
  keepBetweenBuilds(); // each save reuses the last layout's words and deflated streams

  async function rebuild(changed: string[] = []): Promise<RebuildReport> {
    const started = performance.now();
    const timings: { step: string; ms: number }[] = [];
    const step = async <T>(name: string, fn: () => T | Promise<T>): Promise<T> => {
      const t = performance.now();
      const value = await fn();
      timings.push({ step: name, ms: performance.now() - t });
      return value;
    };
    const done = (outcome: RebuildReport['outcome'], written: string[], problems?: string): RebuildReport => ({
      changed,
      outcome,
      written,
      ...(problems ? { problems } : {}),
      timings,
      totalMs: performance.now() - started,
    });

    const { book, files } = await step('load', () => loadBook(contentDir, { cache }));
    if (!book) return done('invalid', [], reporter(files, { quiet: true }));
    const json = bookJson(book);
    if (json === lastJson) return done('unchanged', []);

    const written: string[] = [];
    const write = (name: string, bytes: Uint8Array | string) => {
      writeAtomic(join(outDir, name), bytes);
      written.push(name);
    };
    const id = book.meta.id;
    const [model, pdfNames, epubNames, ankiNames] = [modelOutputs(id), builder('pdf').outputs(id), builder('epub').outputs(id), builder('anki').outputs(id)];
    // The worker's times are its own: timed here, the EPUB and the decks would show when this thread, busy with the
    // PDF, got round to reading the reply.
    const epubBuilt = builderThread.epub(json, { bookPath: join(outDir, model.book), epubPath: join(outDir, epubNames.epub) });
    epubBuilt.catch(() => {}); // awaited below; a PDF failure must not leave it unhandled
    let pdf: { pdf: Uint8Array; booklet: Uint8Array };
    try {
      const layout = await step('layout', () => layOut(book, { pdfName: pdfNames.pdf }));
      const ankiPaths = { pageMapPath: join(outDir, pdfNames.pageMap), apkgPath: join(outDir, ankiNames.apkg), ledgerPath: join(outDir, ankiNames.ledger) };
      const ankiBuilt = builderThread.anki(json, layout.pageMap, ankiPaths, ankiLedger);
      ankiBuilt.catch(() => {});
      pdf = await step('pdf', () => layout.render());
      const [epubMs, ankiMs] = await step('wait', () => Promise.all([epubBuilt, ankiBuilt]));
      timings.push({ step: 'epub', ms: epubMs }, { step: 'anki', ms: ankiMs });
    } catch (error) {
      // Nothing of this rebuild is written: dist/ keeps the last good build whole.
      void builderThread.discard().catch(() => {});
      throw error;
    }
    // Every output is built: the worker puts its files in place while this thread writes the PDFs.
    const committed = builderThread.commit();
    committed.catch(() => {});
    recordBookId(outDir, id);
    written.push(model.bookId);
    write(pdfNames.pdf, pdf.pdf);
    write(pdfNames.booklet, pdf.booklet);
    await committed;
    written.push(model.book, epubNames.epub, pdfNames.pageMap, ankiNames.apkg, ankiNames.ledger);
    lastJson = json;
    return done('built', written);
  }

  return Object.assign(rebuild, { close: () => builderThread.close() });
}

export type Rebuild = ReturnType<typeof createRebuilder>;
export type { Book };
