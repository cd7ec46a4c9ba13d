// One process building every output from a content folder, as `npm run build` does in several processes:
// node bench/harness/build-all.mjs <contentDir> <outDir>. Phases: import, load, validate, shape/layout per
// builder (layout-pdf, build-epub, build-anki), write.
import { join } from 'node:path';
import { phaseClock } from './phase-clock.mjs';
import { loadContent } from './load-book.mjs';
import { pageMapJson } from '@book/page-map';
import { builder, modelOutputs } from '@book/dev/builders';

const [contentDir, outDir] = process.argv.slice(2);
const clock = phaseClock();
const [model, { buildPdf }, { buildEpub }, { buildAnki, ledgerJson }] = await clock.time('import', () =>
  Promise.all([import('@book/model'), import('@book/build-pdf'), import('@book/build-epub'), import('@book/build-anki')]),
);
const book = await loadContent(model, contentDir, clock);
const id = book.meta.id;
const write = (name, bytes) => clock.time('write', () => model.writeAtomic(join(outDir, name), bytes));

const [pdfNames, epubNames, ankiNames] = [builder('pdf').outputs(id), builder('epub').outputs(id), builder('anki').outputs(id)];
await write(modelOutputs(id).book, model.bookJson(book));
// Each output's bytes are let go once written, as a build that writes as it goes would: only the page map is
// carried from the PDF to the decks.
const pageMap = await (async () => {
  const pdf = await clock.time('shape/layout pdf', () => buildPdf(book, { pdfName: pdfNames.pdf }));
  await write(pdfNames.pdf, pdf.pdf);
  await write(pdfNames.booklet, pdf.booklet);
  await write(pdfNames.pageMap, pageMapJson(pdf.pageMap));
  return pdf.pageMap;
})();
await write(epubNames.epub, await clock.time('shape/layout epub', () => buildEpub(book)));
const anki = await clock.time('shape/layout anki', () => buildAnki(book, pageMap));
await write(ankiNames.apkg, anki.apkg);
await write(ankiNames.ledger, ledgerJson(anki.ledger));
clock.report({ pages: pageMap.pageCount, chapters: book.chapters.length });
