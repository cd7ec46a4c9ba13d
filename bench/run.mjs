#!/usr/bin/env node
// npm run bench [-- --sizes 1,10,100 --runs 5 --runs-large 5 --vocabulary distinct|same --no-compile]
// Builds content at each size (× the book) with our builders and with the peers (pandoc EPUB, headless Chromium
// PDF), interleaving them run by run so machine noise hits both alike, and writes bench/results/results.{json,md}
// and bench/results/time-vs-size.svg. See docs/bench-results.md for what each column means.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
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
const { builders } = await import('@book/dev/builders');

const env = { ...process.env, SOURCE_DATE_EPOCH: '1796083200' };
const work = mkdtempSync(join(tmpdir(), 'book-bench-'));
const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, pandoc: version('pandoc', ['--version']), chromium: version('chromium', ['--version']) },
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
    for (const d of [outAll, outOne]) mkdirSync(d, { recursive: true });
    const cases = {
      all: () => measure('node', [harness('build-all.mjs'), contentDir, outAll], { env }),
      model: () => measure('node', [harness('build-one.mjs'), 'model', contentDir, outOne], { env }),
      // Each builder alone, in the list's order (the Anki builder reads the PDF's page map).
      ...Object.fromEntries(builders.map((b) => [b.name, () => measure('node', [harness('build-one.mjs'), b.name, outOne], { env })])),
      pandocEpub: () => measure('pandoc', pandocEpubArgs(peers, join(dir, 'pandoc.epub')), { env }),
      chromiumPdf: () => {
        const profile = mkdtempSync(join(dir, 'chromium-profile-'));
        return measure('chromium', chromiumPdfArgs(peers.html, join(dir, 'chromium.pdf'), profile), { env }).finally(() => rmSync(profile, { recursive: true, force: true }));
      },
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
    results.sizes[size] = {
      content: { chapters: content.chapters, markdownBytes: content.bytes, pdfPages: samples.all[0]?.report?.pages },
      cases: Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, { ...summarize(list), samples: list.map(({ wallMs, cpuMs, maxRssKB }) => ({ wallMs: Math.round(wallMs), cpuMs, maxRssKB })) }])),
    };
  }
} finally {
  rmSync(work, { recursive: true, force: true });
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
