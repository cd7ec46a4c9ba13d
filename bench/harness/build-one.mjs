// One builder alone, in its own process, the way its CLI runs under turbo:
//   node bench/harness/build-one.mjs model <contentDir> <outDir>
//   node bench/harness/build-one.mjs pdf|epub|anki <outDir>     (reads <outDir>/<id>.json, anki also the page map)
// Builders read the Book JSON (`load`) and check it against the Book schema (`validate`), as readBookJson does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { phaseClock } from './phase-clock.mjs';
import { loadContent } from './load-book.mjs';
import { pageMapJson } from '@book/page-map';

const BOOK_ID = 'endocrine-system';
const [which, ...rest] = process.argv.slice(2);
const clock = phaseClock();
const modules = { model: '@book/model', pdf: '@book/build-pdf', epub: '@book/build-epub', anki: '@book/build-anki' };
if (!modules[which]) throw new Error(`usage: build-one.mjs ${Object.keys(modules).join('|')} …`);
// Builders' commands load the model's light entry (no Markdown or YAML parser), as here.
const [model, builder] = await clock.time('import', () => Promise.all([import(which === 'model' ? '@book/model' : '@book/model/io'), import(modules[which])]));
const write = (path, bytes) => clock.time('write', () => model.writeAtomic(path, bytes));
const readJson = (path) => clock.time('load', () => JSON.parse(readFileSync(path, 'utf8')));

if (which === 'model') {
  const [contentDir, outDir] = rest;
  const book = await loadContent(model, contentDir, clock);
  await write(join(outDir, `${book.meta.id}.json`), model.bookJson(book));
} else {
  const [outDir] = rest;
  const book = await readJson(join(outDir, `${BOOK_ID}.json`));
  const valid = await clock.time('validate', () => model.validators.book(book));
  if (!valid) throw new Error(`${outDir}/${BOOK_ID}.json is not a valid Book`);
  if (which === 'pdf') {
    const out = await clock.time('shape/layout', () => builder.buildPdf(book, { pdfName: `${BOOK_ID}.pdf` }));
    await write(join(outDir, `${BOOK_ID}.pdf`), out.pdf);
    await write(join(outDir, `${BOOK_ID}.booklet.pdf`), out.booklet);
    await write(join(outDir, `${BOOK_ID}.pagemap.json`), pageMapJson(out.pageMap));
  } else if (which === 'epub') {
    const bytes = await clock.time('shape/layout', () => builder.buildEpub(book));
    await write(join(outDir, `${BOOK_ID}.epub`), bytes);
  } else {
    const pageMap = builder.parsePageMap(await readJson(join(outDir, `${BOOK_ID}.pagemap.json`)));
    const out = await clock.time('shape/layout', () => builder.buildAnki(book, pageMap));
    await write(join(outDir, `${BOOK_ID}.apkg`), out.apkg);
    await write(join(outDir, `${BOOK_ID}.anki-ledger.json`), builder.ledgerJson(out.ledger));
  }
}
clock.report();
