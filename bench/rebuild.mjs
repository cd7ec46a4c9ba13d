#!/usr/bin/env node
// node bench/rebuild.mjs [--runs 7]: wall time of `npm run build` (turbo, every output) after a chapter is edited,
// with the glyph closures kept on disk (the default) and with BOOK_FONTS_CACHE=off (and the figure drawings and
// Anki files kept beside them off too: BOOK_FIGURES_CACHE, BOOK_ANKI_CACHE), alternating with Chromium
// printing the same 1× book to PDF (bench/tools/peer-inputs.mjs), the yardstick of issue 18's first target.
// Each edit appends an HTML comment that no earlier build has seen to content/thyroid.md, so turbo misses its cache
// for the model and every builder; the chapter is put back afterwards, also on Ctrl-C. Per-task times come from
// turbo's run summary. Writes bench/results/rebuild.{json,md}.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { emptyTaskGraph } from './tools/empty-task-graph.mjs';
import { median } from './tools/stats.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, out: { type: 'string', default: join(root, 'bench', 'results') } } });
const chapter = join(root, 'content', 'thyroid.md');
const original = readFileSync(chapter, 'utf8');
const restore = () => writeFileSync(chapter, original);
process.on('SIGINT', () => {
  restore();
  process.exit(130);
});

const cases = { 'closures kept on disk': {}, 'BOOK_FONTS_CACHE=off': { BOOK_FONTS_CACHE: 'off', BOOK_FIGURES_CACHE: 'off', BOOK_ANKI_CACHE: 'off' } };
const runsDir = join(root, '.turbo', 'runs');

/** One `npm run build` after a fresh edit: wall ms from spawn to exit, and each missed task's ms. */
function rebuild(env, nonce) {
  writeFileSync(chapter, `${original}\n<!-- bench/rebuild.mjs ${nonce} -->\n`);
  rmSync(runsDir, { recursive: true, force: true });
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(root, 'packages', 'dev', 'bin', 'turbo-build.mjs'), '--summarize'], {
    cwd: root,
    env: { ...process.env, ...env, TURBO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  const wallMs = Math.round(performance.now() - started);
  if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout}\n${result.stderr}`);
  const summary = JSON.parse(readFileSync(join(runsDir, readdirSync(runsDir)[0]), 'utf8'));
  const tasks = Object.fromEntries(
    summary.tasks
      .filter((task) => task.cache.status === 'MISS')
      .map((task) => [task.taskId.replace(/^@book\/(.*)#build$/, '$1'), task.execution.endTime - task.execution.startTime]),
  );
  return { wallMs, tasks };
}

const samples = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
const chromiumSamples = [];
// The builders' list is compiled by the warm-up build below (a fresh clone has no lib/ yet), so it is imported after it.
let builders;
const emptySamples = { all: [], cached: [] };
const peerDir = mkdtempSync(join(tmpdir(), 'bench-rebuild-peers-'));
try {
  // A first build fills the closure folder and turbo's cache of the compile tasks (and compiles @book/fonts,
  // which the peer inputs read).
  rebuild({}, `warm-up ${process.hrtime.bigint()}`);
  ({ builders } = await import('@book/dev/builders'));
  const { peerInputs, chromiumPdfArgs } = await import('./tools/peer-inputs.mjs');
  const peers = peerInputs(join(root, 'content'), peerDir);
  const emptyDir = join(peerDir, 'empty-task-graph');
  mkdirSync(emptyDir);
  const empty = emptyTaskGraph(emptyDir, { turbo: join(root, 'node_modules', '.bin', 'turbo'), taskNames: ['model', ...builders.map((b) => b.package.slice('@book/'.length))] });
  for (let i = 0; i < Number(values.runs); i += 1) {
    for (const [name, env] of Object.entries(cases)) {
      const sample = rebuild(env, `${name} ${i} ${process.hrtime.bigint()}`);
      samples[name].push(sample);
      process.stderr.write(`${name} ${i + 1}: ${sample.wallMs} ms ${JSON.stringify(sample.tasks)}\n`);
    }
    const profile = mkdtempSync(join(peerDir, 'profile-'));
    const started = performance.now();
    const chromium = spawnSync('chromium', chromiumPdfArgs(peers.html, join(peerDir, 'chromium.pdf'), profile), { stdio: 'ignore' });
    const wallMs = Math.round(performance.now() - started);
    if (chromium.status !== 0) throw new Error(`chromium failed (${chromium.error?.code ?? chromium.status}); Debian package: chromium`);
    rmSync(profile, { recursive: true, force: true });
    chromiumSamples.push(wallMs);
    process.stderr.write(`Chromium PDF ${i + 1}: ${wallMs} ms\n`);
    emptySamples.all.push(empty.all());
    emptySamples.cached.push(empty.cached());
    process.stderr.write(`empty task graph ${i + 1}: every task ${emptySamples.all.at(-1)} ms, all cached ${emptySamples.cached.at(-1)} ms\n`);
  }
} finally {
  restore();
  rmSync(runsDir, { recursive: true, force: true });
  rmSync(peerDir, { recursive: true, force: true });
}

const taskNames = ['model', ...builders.map((b) => b.package.slice('@book/'.length))];
const result = {
  date: new Date().toISOString(),
  runs: Number(values.runs),
  cases: Object.fromEntries(
    Object.entries(samples).map(([name, list]) => [
      name,
      {
        medianWallMs: median(list.map((s) => s.wallMs)),
        medianTaskMs: Object.fromEntries(taskNames.map((task) => [task, median(list.map((s) => s.tasks[task]))])),
        samples: list,
      },
    ]),
  ),
  chromiumPdf: { medianWallMs: median(chromiumSamples), samples: chromiumSamples },
  emptyTaskGraph: { medianAllMs: median(emptySamples.all), medianCachedMs: median(emptySamples.cached), samples: emptySamples },
};
result.ratio = Math.round((result.cases['closures kept on disk'].medianWallMs / result.chromiumPdf.medianWallMs) * 100) / 100;
mkdirSync(values.out, { recursive: true });
writeFileSync(join(values.out, 'rebuild.json'), `${JSON.stringify(result, null, 2)}\n`);
writeFileSync(
  join(values.out, 'rebuild.md'),
  [
    '# Rebuild after an edit: `npm run build` at 1×',
    '',
    `Run ${result.date} (\`node bench/rebuild.mjs\`): ${result.runs} runs of each case, alternating, each after a new edit of one chapter, so that turbo rebuilds the Book and every output (its compile tasks are cache hits). Wall time from starting \`npm run build\`'s script to its exit; task times from turbo's run summary (the PDF and EPUB tasks run side by side, the Anki task after the PDF).`,
    '',
    '| case | median wall | model | PDF | EPUB | Anki |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...Object.entries(result.cases).map(
      ([name, c]) => `| ${name} | ${c.medianWallMs} ms | ${taskNames.map((task) => `${c.medianTaskMs[task]} ms`).join(' | ')} |`,
    ),
    '',
    `Chromium printing the same 1× book to PDF (the same HTML as \`npm run bench\` gives it), alternating with the builds: median ${result.chromiumPdf.medianWallMs} ms. Edit → \`npm run build\` / Chromium: **${result.ratio}** (target ≤ 1.0: ${result.ratio <= 1 ? 'met' : '**not met**'}).`,
    '',
    `The floor under it (bench/tools/empty-task-graph.mjs): the same task graph (model; PDF and EPUB after it; Anki after the PDF) in a workspace whose tasks do nothing (\`node -e 0\`), run by the same turbo through \`npm run build\`, alternating with the rest: every task run, as after an edit, median ${result.emptyTaskGraph.medianAllMs} ms (${Math.round((result.emptyTaskGraph.medianAllMs / result.chromiumPdf.medianWallMs) * 100) / 100} × Chromium); every task a cache hit, ${result.emptyTaskGraph.medianCachedMs} ms. Turbo starts each task as \`npm run build\` in its package, so each of the three steps in a row pays npm's and Node's start before any of our code runs. Ours also runs its own wrapper (packages/dev/bin/turbo-build.mjs: the author's messages, remote-cache warnings) and nine cached compile tasks.`,
    '',
  ].join('\n'),
);
process.stderr.write(`wrote ${values.out}/rebuild.{json,md}\n`);
