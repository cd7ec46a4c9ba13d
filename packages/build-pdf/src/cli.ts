import { join } from 'node:path';
import { cliOptions, outputLine, readBookJson, runCommand, writeAtomic } from '@book/model/io';
import { pageMapJson } from '@book/page-map';
import { cacheFolder } from '@book/kept-files';
import { buildPdf } from './build.js';
import { keepFigureDrawingsIn } from './pdf/figure-ops.js';

/** node lib/cli.js --book dist/<id>.json --out dist */
function main(): void {
  const args = cliOptions(['book', 'out']);
  if (!args.book || !args.out) {
    process.stderr.write('usage: node lib/cli.js --book <book.json> --out <folder>\n');
    process.exit(2);
  }
  const started = performance.now();
  const saveDrawings = keepFigureDrawingsIn(cacheFolder('book-figures', 'BOOK_FIGURES_CACHE'), writeAtomic);
  const book = readBookJson(args.book);
  const id = book.meta.id;
  const out = buildPdf(book, { pdfName: `${id}.pdf` });
  const ms = performance.now() - started;
  const files: [string, Uint8Array | string, string][] = [
    [`${id}.pdf`, out.pdf, `A5 reading edition, ${out.pageMap.pageCount} pages, tagged`],
    [`${id}.booklet.pdf`, out.booklet, `A4 landscape saddle-stitch booklet, ${Math.ceil(out.pageMap.pageCount / 4)} sheets`],
    [`${id}.pagemap.json`, pageMapJson(out.pageMap), `page map: ${Object.keys(out.pageMap.blocks).length} blocks, ${Object.keys(out.pageMap.glossary).length} glossary entries`],
  ];
  for (const [name, bytes, holds] of files) {
    const path = join(args.out, name);
    writeAtomic(path, bytes);
    process.stdout.write(`${outputLine(path, typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length, holds, ms)}\n`);
  }
  const unsaved = saveDrawings();
  if (unsaved !== undefined) console.warn(`build-pdf: warning: ${unsaved}`);
}

runCommand('build-pdf', main);
