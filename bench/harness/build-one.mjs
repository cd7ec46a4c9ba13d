// One builder alone, in its own process, the way its CLI runs under turbo:
//   node bench/harness/build-one.mjs model <contentDir> <outDir>
//   node bench/harness/build-one.mjs pdf|epub|anki <outDir>     (reads <outDir>/<id>.json, anki also the page map)
// Builders read the Book JSON (`load`) and check it against the Book schema (`validate`), as readBookJson does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { phaseClock } from './phase-clock.mjs';
import { loadContent } from './load-book.mjs';
import { pageMapJson } from '@book/page-map';
import { builders } from '@book/dev/builders';

const [which, ...rest] = process.argv.slice(2);
const clock = phaseClock();
const modules = { model: '@book/model', ...Object.fromEntries(builders.map((b) => [b.name, b.package])) };
if (!modules[which]) throw new Error(`usage: build-one.mjs ${Object.keys(modules).join('|')} …`);
// Builders' commands load the model's light entry (no Markdown or YAML parser), as here.
const [model, builder] = await clock.time('import', () => Promise.all([import(which === 'model' ? '@book/model' : '@book/model/io'), import(modules[which])]));
const write = (path, bytes) => clock.time('write', () => model.writeAtomic(path, bytes));
const readJson = (path) => clock.time('load', () => JSON.parse(readFileSync(path, 'utf8')));

if (which === 'model') {
  const [contentDir, outDir] = rest;
  const book = await loadContent(model, contentDir, clock);
  await write(join(outDir, `${book.meta.id}.json`), model.bookJson(book));
  model.recordBookId(outDir, book.meta.id);
} else {
  const [outDir] = rest;
  const bookPath = model.bookJsonPath(outDir);
  const book = await readJson(bookPath);
  const valid = await clock.time('validate', () => model.validators.book(book));
  if (!valid) throw new Error(`${bookPath} is not a valid Book`);
  const names = builders.find((b) => b.name === which).outputs(book.meta.id);
  const pdfNames = builders.find((b) => b.name === 'pdf').outputs(book.meta.id);
  if (which === 'pdf') {
    const out = await clock.time('shape/layout', () => builder.buildPdf(book, { pdfName: names.pdf }));
    await write(join(outDir, names.pdf), out.pdf);
    await write(join(outDir, names.booklet), out.booklet);
    await write(join(outDir, names.pageMap), pageMapJson(out.pageMap));
  } else if (which === 'epub') {
    const bytes = await clock.time('shape/layout', () => builder.buildEpub(book));
    await write(join(outDir, names.epub), bytes);
  } else {
    const pageMap = builder.parsePageMap(await readJson(join(outDir, pdfNames.pageMap)));
    const out = await clock.time('shape/layout', () => builder.buildAnki(book, pageMap));
    await write(join(outDir, names.apkg), out.apkg);
    await write(join(outDir, names.ledger), builder.ledgerJson(out.ledger));
  }
}
clock.report();
