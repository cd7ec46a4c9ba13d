#!/usr/bin/env node
// npm run bench [-- --sizes 1,10,100 --runs 5 --runs-large 5 --vocabulary distinct|same --no-compile --no-rebuild --no-watch --no-fresh-clone]
// Builds content at each size (× the book) with our builders and with the peers (pandoc EPUB, headless Chromium
// PDF, Typst PDF), interleaving them run by run so machine noise hits all alike; scores how much Devanagari each PDF
// gives back when copied; then measures an edit's `npm run build` against Chromium (bench/rebuild.mjs) and
// `npm run dev` (bench/watch.mjs). Writes bench/results/results.{json,md} (with every target of issue 18) and
// bench/results/time-vs-size.svg. See docs/bench-results.md for what each column means.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measure, hasGnuTime } from './tools/measure.mjs';
import { replicateContent } from './tools/replicate-content.mjs';
import { summarize } from './tools/stats.mjs';
import { writeResults } from './tools/write-results.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const harness = (name) => join(root, 'bench', 'harness', name);
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1,10,100' },
    runs: { type: 'string', default: '5' },
    'runs-large': { type: 'string', default: '5' },
    'large-from': { type: 'string', default: '100' },
    'no-compile': { type: 'boolean', default: false },
    'no-rebuild': { type: 'boolean', default: false },
    'no-watch': { type: 'boolean', default: false },
    'no-fresh-clone': { type: 'boolean', default: false },
    'extraction-up-to': { type: 'string', default: '10' },
    vocabulary: { type: 'string', default: 'distinct' },
    out: { type: 'string', default: join(root, 'bench', 'results') },
  },
});
const sizes = values.sizes.split(',').map(Number);
const log = (line) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
if (!hasGnuTime) log('warning: /usr/bin/time missing (apt-get install time): peers get no peak memory, ours report their own');

if (!values['no-compile']) {
  log('compiling the packages (turbo run compile)');
  execFileSync('npx', ['turbo', 'run', 'compile', '--output-logs=errors-only'], { cwd: root, stdio: 'inherit' });
}

// Imported after compiling: it reads the font paths from @book/fonts, which a fresh clone has not built yet.
const { peerInputs, pandocEpubArgs, chromiumPdfArgs } = await import('./tools/peer-inputs.mjs');
const { builders, builder } = await import('@book/dev/builders');
const { typstInputs } = await import('./tools/typst-source.mjs');
const { extraction } = await import('./tools/extraction.mjs');
const { bookJsonPath } = await import('@book/model/io');

const env = { ...process.env, SOURCE_DATE_EPOCH: '1796083200' };
const work = mkdtempSync(join(tmpdir(), 'book-bench-'));
const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, pandoc: version('pandoc', ['--version']), chromium: version('chromium', ['--version']), typst: typstVersion() },
  commit: version('git', ['-C', root, 'rev-parse', '--short', 'HEAD']),
  vocabulary: values.vocabulary,
  sizes: {},
};
const started = Date.now();
try {
  for (const size of sizes) {
    const dir = join(work, `${size}x`);
    const contentDir = join(dir, 'content');
    const content = replicateContent(join(root, 'content'), contentDir, size, { vocabulary: values.vocabulary });
    const peers = peerInputs(contentDir, join(dir, 'peers'));
    const outAll = join(dir, 'out-all');
    const outOne = join(dir, 'out-one');
    const outScheduled = join(dir, 'out-scheduled');
    for (const d of [outAll, outOne, outScheduled]) mkdirSync(d, { recursive: true });
    // Typst's source is written from the Book JSON, so the model runs once first (outside the timing).
    await measure('node', [harness('build-one.mjs'), 'model', contentDir, outOne], { env });
    const book = JSON.parse(readFileSync(bookJsonPath(outOne), 'utf8'));
    const typst = typstInputs(book, join(dir, 'typst'));
    const cases = {
      all: () => measure('node', [harness('build-all.mjs'), contentDir, outAll], { env }),
      scheduled: () => measure('node', [harness('build-scheduled.mjs'), contentDir, outScheduled], { env }),
      model: () => measure('node', [harness('build-one.mjs'), 'model', contentDir, outOne], { env }),
      // Each builder alone, in the list's order (the Anki builder reads the PDF's page map).
      ...Object.fromEntries(builders.map((b) => [b.name, () => measure('node', [harness('build-one.mjs'), b.name, outOne], { env })])),
      pandocEpub: () => measure('pandoc', pandocEpubArgs(peers, join(dir, 'pandoc.epub')), { env }),
      chromiumPdf: () => {
        const profile = mkdtempSync(join(dir, 'chromium-profile-'));
        return measure('chromium', chromiumPdfArgs(peers.html, join(dir, 'chromium.pdf'), profile), { env }).finally(() => rmSync(profile, { recursive: true, force: true }));
      },
      typstPdf: () => measure('node', [harness('typst-pdf.mjs'), typst.main, join(dir, 'typst.pdf'), ...typst.fontDirs], { env }),
    };
    const runs = Number(size >= Number(values['large-from']) ? values['runs-large'] : values.runs);
    const samples = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
    log(`${size}×: ${content.chapters} chapters, ${(content.bytes / 1e6).toFixed(2)} MB of Markdown; ${runs} runs`);
    for (let run = 1; run <= runs; run += 1) {
      for (const [name, runCase] of Object.entries(cases)) {
        const sample = await runCase();
        samples[name].push(sample);
        log(`${size}× run ${run}/${runs} ${name}: ${Math.round(sample.wallMs)} ms wall, ${Math.round(sample.cpuMs ?? NaN)} ms cpu, ${Math.round((sample.maxRssKB ?? 0) / 1024)} MB`);
      }
    }
    // The longest-common-subsequence score is quadratic in repeated words, so it is taken on the smaller sizes only.
    const pdfs = { ours: join(outAll, builder('pdf').outputs(book.meta.id).pdf), chromium: join(dir, 'chromium.pdf'), typst: join(dir, 'typst.pdf') };
    const copied = size <= Number(values['extraction-up-to']) ? Object.fromEntries(await Promise.all(Object.entries(pdfs).map(async ([name, pdf]) => [name, await extraction(book, pdf)]))) : undefined;
    if (copied) log(`${size}× words copied in order: ${JSON.stringify(copied)}`);
    results.sizes[size] = {
      content: { chapters: content.chapters, markdownBytes: content.bytes, pdfPages: samples.all[0]?.report?.pages, typstPages: samples.typstPdf[0]?.report?.pages },
      ...(copied ? { extraction: copied } : {}),
      cases: Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, { ...summarize(list), samples: list.map(({ wallMs, cpuMs, maxRssKB }) => ({ wallMs: Math.round(wallMs), cpuMs, maxRssKB })) }])),
    };
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
// The sizes' results are written now too, so that a failure in the scripts below does not lose them.
results.benchMinutes = Math.round((Date.now() - started) / 6000) / 10;
writeResults(results, values.out);
// Targets 1 and 2 (an edit's `npm run build` against Chromium, `npm run dev`) and target 4's fresh clone are their
// own scripts; they write rebuild.json, watch.json and fresh-clone.json beside results.json, which writeResults reads.
for (const [flag, script] of [['no-rebuild', 'rebuild.mjs'], ['no-watch', 'watch.mjs'], ['no-fresh-clone', 'fresh-clone.mjs']]) {
  if (values[flag]) continue;
  log(`running bench/${script}`);
  execFileSync(process.execPath, [join(root, 'bench', script), '--out', values.out, ...(script === 'rebuild.mjs' ? ['--runs', values.runs] : [])], { cwd: root, stdio: 'inherit' });
}
results.benchMinutes = Math.round((Date.now() - started) / 6000) / 10;
writeResults(results, values.out);
log(`wrote ${values.out}/results.{json,md} and time-vs-size.svg in ${results.benchMinutes} min`);

function version(command, args) {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n')[0].trim();
  } catch {
    return undefined;
  }
}

function typstVersion() {
  try {
    const { version: v } = JSON.parse(readFileSync(join(root, 'node_modules', '@myriaddreamin', 'typst-ts-node-compiler', 'package.json'), 'utf8'));
    return `@myriaddreamin/typst-ts-node-compiler ${v}`;
  } catch {
    return undefined;
  }
}
