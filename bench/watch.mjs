#!/usr/bin/env node
// node bench/watch.mjs [--saves 20 --warmup 10]: save→rebuilt latency of `npm run dev` at 1×, warm. Starts the dev
// CLI on a copy of content/, waits for its first build, then saves a chapter (a one-word change, alternating so
// every save changes the Book) and measures from the write to the dev process's "rebuilt" line. The first
// `warmup` saves are recorded and reported apart: V8 keeps optimising the builders' hot code over about the first
// fifteen saves of a session (in one run of 33 saves, saves 4–15 took 100–160 ms, saves 18–30 59–95 ms), and an author's session
// is many saves long. Writes
// bench/results/watch.{json,md}.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { median } from './tools/stats.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { saves: { type: 'string', default: '20' }, warmup: { type: 'string', default: '10' }, out: { type: 'string', default: join(root, 'bench', 'results') } } });
const work = mkdtempSync(join(tmpdir(), 'bench-watch-'));
const contentDir = join(work, 'content');
const outDir = join(work, 'dist');
cpSync(join(root, 'content'), contentDir, { recursive: true });
mkdirSync(outDir);

const child = spawn('node', [join(root, 'packages', 'dev', 'lib', 'cli.js'), '--content', contentDir, '--out', outDir], { stdio: ['ignore', 'pipe', 'inherit'] });
const lines = [];
let waiting;
let buffer = '';
child.stdout.on('data', (chunk) => {
  buffer += chunk;
  for (let at = buffer.indexOf('\n'); at !== -1; at = buffer.indexOf('\n')) {
    const line = buffer.slice(0, at);
    buffer = buffer.slice(at + 1);
    const seenAt = performance.now();
    lines.push(line);
    if (waiting && waiting.test(line)) {
      const { resolve: done } = waiting;
      waiting = undefined;
      done({ line, seenAt });
    }
  }
});
const lineMatching = (pattern, timeoutMs = 120_000) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no line matching ${pattern} within ${timeoutMs} ms; got:\n${lines.join('\n')}`)), timeoutMs);
    waiting = { test: (l) => pattern.test(l), resolve: (v) => (clearTimeout(timer), resolve(v)) };
  });

const samples = [];
const warmups = [];
try {
  await lineMatching(/^watching /);
  const chapter = join(contentDir, 'thyroid.md');
  const original = readFileSync(chapter, 'utf8');
  const words = ['मनुष्य के', 'व्यक्ति के', 'हमारे'];
  const warmup = Number(values.warmup);
  for (let i = 0; i < warmup + Number(values.saves); i += 1) {
    const next = original.replace('यह ग्रंथि गले में', `यह ग्रंथि ${words[i % words.length]} गले में`);
    const rebuilt = lineMatching(/^rebuilt /);
    const savedAt = performance.now();
    writeFileSync(chapter, next);
    const { line, seenAt } = await rebuilt;
    const steps = Object.fromEntries([...line.matchAll(/(load|layout|pdf|wait|epub|anki) (\d+) ms/g)].map((m) => [m[1], Number(m[2])]));
    (i < warmup ? warmups : samples).push({ latencyMs: Math.round(seenAt - savedAt), inProcessMs: Number(/in (\d+) ms/.exec(line)?.[1]), steps });
    process.stderr.write(`${i < warmup ? 'warm-up ' : ''}save ${i + 1}: ${Math.round(seenAt - savedAt)} ms  ${line.slice(0, 120)}\n`);
    await new Promise((r) => setTimeout(r, 200));
  }
} finally {
  child.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
const result = {
  date: new Date().toISOString(),
  saves: samples.length,
  medianLatencyMs: median(samples.map((s) => s.latencyMs)),
  medianSteps: Object.fromEntries(['load', 'layout', 'pdf', 'wait', 'epub', 'anki'].map((k) => [k, median(samples.map((s) => s.steps[k]))])),
  targetMs: 100,
  samples,
  warmups,
  warmupMedianLatencyMs: median(warmups.map((s) => s.latencyMs)),
};
result.met = result.medianLatencyMs <= result.targetMs;
mkdirSync(values.out, { recursive: true });
writeFileSync(join(values.out, 'watch.json'), `${JSON.stringify(result, null, 2)}\n`);
writeFileSync(
  join(values.out, 'watch.md'),
  [
    '# Watch mode: save → rebuilt at 1×, warm',
    '',
    `Run ${result.date} (\`node bench/watch.mjs\`): ${result.saves} saves of one chapter, each a one-word change, measured from the write to the \`rebuilt\` line of \`npm run dev\`, after ${warmups.length} warm-up saves (${warmups.map((w) => `${w.latencyMs} ms`).join(', ')}; median ${result.warmupMedianLatencyMs} ms: not in the median, V8 is still optimising the builders' code over the first saves of a session). The EPUB is built in a worker thread while the PDF is laid out, then the decks in that thread (from the page map) while the PDF is rendered, so the epub and anki times (the worker's own, from the Book's arrival to its files written) overlap the layout and pdf times; wait is how long the main thread then waited for the worker.`,
    '',
    '| median save → rebuilt | load | PDF layout | PDF files | wait | epub | anki | target | met |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    `| ${result.medianLatencyMs} ms | ${result.medianSteps.load} ms | ${result.medianSteps.layout} ms | ${result.medianSteps.pdf} ms | ${result.medianSteps.wait} ms | ${result.medianSteps.epub} ms | ${result.medianSteps.anki} ms | ≤ ${result.targetMs} ms | ${result.met ? 'yes' : '**no**'} |`,
    '',
  ].join('\n'),
);
process.stderr.write(`median save→rebuilt ${result.medianLatencyMs} ms (target ≤ 100 ms): wrote ${values.out}/watch.{json,md}\n`);
