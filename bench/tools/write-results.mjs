// Writes results.json, results.md and time-vs-size.svg for one bench run (the targets are computed here).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { plotSvg } from './plot-svg.mjs';
import { resultsMarkdown } from './results-markdown.mjs';
import { context, evaluate } from './targets.mjs';

const SERIES = { all: 'ours: all outputs', model: 'ours: model', pdf: 'ours: PDF', epub: 'ours: EPUB', anki: 'ours: Anki', pandocEpub: 'pandoc EPUB', chromiumPdf: 'Chromium PDF', typstPdf: 'Typst PDF' };

export function writeResults(results, outDir) {
  const read = (name) => (existsSync(join(outDir, name)) ? JSON.parse(readFileSync(join(outDir, name), 'utf8')) : undefined);
  results.targets = evaluate(results.sizes, { rebuild: read('rebuild.json'), watch: read('watch.json'), freshClone: read('fresh-clone.json') });
  results.context = context(results.sizes);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(outDir, 'results.md'), resultsMarkdown(results));
  const series = Object.entries(SERIES).map(([key, name]) => ({
    name,
    dashed: key === 'pandocEpub' || key === 'chromiumPdf' || key === 'typstPdf',
    points: Object.entries(results.sizes).map(([size, r]) => ({ size: Number(size), ms: r.cases[key]?.wallMs })),
  }));
  writeFileSync(join(outDir, 'time-vs-size.svg'), plotSvg(series));
}
