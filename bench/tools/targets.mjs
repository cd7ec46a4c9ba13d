// The targets of issue 18, each with its ratio from one run: the sizes' medians (results.json), an edit's
// `npm run build` against Chromium (rebuild.json) and `npm run dev` (watch.json).
import { ratio } from './stats.mjs';

const GB_KB = 1024 * 1024;
const OURS = ['all', 'model', 'pdf', 'epub', 'anki'];
const TASKS = ['scheduled', 'model', 'pdf', 'epub', 'anki'];
const s = (ms) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(2)} s`);

/** [{ n, target, measured, value, limit, met }]; `value` is the ratio (or MB, ms) compared with `limit`. */
export function evaluate(bySize, { rebuild, watch, freshClone } = {}) {
  const sizes = Object.keys(bySize).map(Number).sort((a, b) => a - b);
  const at = (size, name, field = 'wallMs') => bySize[size]?.cases[name]?.[field];
  const largest = sizes[sizes.length - 1];
  const previous = sizes[sizes.length - 2];
  const targets = [];
  const add = (n, target, measured, value, limit, strict = false) =>
    targets.push({ n, target, measured, value, limit, met: value !== undefined && (strict ? value < limit : value <= limit) });

  if (rebuild) {
    const ours = rebuild.cases['closures kept on disk'].medianWallMs;
    const chromium = rebuild.chromiumPdf?.medianWallMs;
    add(1, 'edit one chapter → `npm run build` / Chromium printing the same 1× book', `${s(ours)} / ${s(chromium)} (${rebuild.runs} runs)`, ratio(ours, chromium), 1);
  }
  if (watch) add(2, '`npm run dev`: save → all outputs rewritten, median at 1× (ms)', `${watch.medianLatencyMs} ms (${watch.saves} saves, after ${watch.warmups?.length ?? 0} warm-up saves${watch.warmupMedianLatencyMs === undefined ? '' : ` of median ${watch.warmupMedianLatencyMs} ms`})`, watch.medianLatencyMs, 100);

  const L = `${largest}×`;
  const sum = (...names) => (names.every((n) => at(largest, n) !== undefined) ? names.reduce((a, n) => a + at(largest, n), 0) : undefined);
  add(3, `${L}: (model + PDF) / Chromium PDF`, `${s(sum('model', 'pdf'))} / ${s(at(largest, 'chromiumPdf'))}`, ratio(sum('model', 'pdf'), at(largest, 'chromiumPdf')), 0.8);
  add(3, `${L}: (model + EPUB) / pandoc EPUB`, `${s(sum('model', 'epub'))} / ${s(at(largest, 'pandocEpub'))}`, ratio(sum('model', 'epub'), at(largest, 'pandocEpub')), 0.8);
  add(3, `${L}: all outputs, as \`npm run build\` runs its tasks / (pandoc EPUB + Chromium PDF)`, `${s(at(largest, 'scheduled'))} / ${s(sum('pandocEpub', 'chromiumPdf'))}`, ratio(at(largest, 'scheduled'), sum('pandocEpub', 'chromiumPdf')), 0.8);
  add(3, `${L}: our PDF (model + PDF) / Typst compiling the same chapters`, `${s(sum('model', 'pdf'))} / ${s(at(largest, 'typstPdf'))}`, ratio(sum('model', 'pdf'), at(largest, 'typstPdf')), 1);
  if (previous !== undefined) {
    const step = largest / previous;
    add(4, `growth ${previous}× → ${largest}×, all outputs as \`npm run build\` runs them (wall)`, `${s(at(largest, 'scheduled'))} / ${s(at(previous, 'scheduled'))}`, ratio(at(largest, 'scheduled'), at(previous, 'scheduled')), 1.1 * step);
  }
  // The build's processes: each task, and the scheduled run (GNU time reports its largest child).
  const peak = Math.max(...TASKS.map((n) => at(largest, n, 'maxRssKB') ?? 0));
  add(4, `peak memory at ${L}, largest process of \`npm run build\` (MB)`, `${Math.round(peak / 1024)} MB`, Math.round(peak / 1024), 1024, true);
  // Measured and reported, with no limit set by the issue.
  if (freshClone) {
    targets.push({ n: 4, target: 'a fresh clone: `npm ci && npm run build` (s)', measured: `${s(freshClone.npmCiMs)} + ${s(freshClone.buildMs)}`, value: Math.round(freshClone.totalMs / 100) / 10, limit: 'none set', met: undefined });
  }
  return targets;
}

/** Ratios shown beside the targets but not targets themselves: each builder's growth, the builders alone. */
export function context(bySize) {
  const sizes = Object.keys(bySize).map(Number).sort((a, b) => a - b);
  const at = (size, name, field = 'wallMs') => bySize[size]?.cases[name]?.[field];
  const [largest, previous] = [sizes[sizes.length - 1], sizes[sizes.length - 2]];
  const rows = [];
  if (previous !== undefined) {
    for (const name of [...OURS.slice(1), 'pandocEpub', 'chromiumPdf', 'typstPdf']) rows.push({ what: `growth ${previous}× → ${largest}×, ${name}`, value: ratio(at(largest, name), at(previous, name)) });
    rows.push({ what: `CPU growth ${previous}× → ${largest}×, all`, value: ratio(at(largest, 'all', 'cpuMs'), at(previous, 'all', 'cpuMs')) });
    rows.push({ what: `growth ${previous}× → ${largest}×, all outputs in one process`, value: ratio(at(largest, 'all'), at(previous, 'all')) });
  }
  rows.push({ what: `${largest}×: all outputs in one process (as watch mode builds them) / (pandoc EPUB + Chromium PDF)`, value: ratio(at(largest, 'all'), (at(largest, 'pandocEpub') ?? NaN) + (at(largest, 'chromiumPdf') ?? NaN)) });
  rows.push({ what: `${largest}×: peak memory of all outputs in one process, MB`, value: at(largest, 'all', 'maxRssKB') === undefined ? undefined : Math.round(at(largest, 'all', 'maxRssKB') / 1024) });
  const taskPeak = Math.max(...OURS.slice(1).map((n) => at(largest, n, 'maxRssKB') ?? 0));
  rows.push({ what: `${largest}×: peak memory of the largest \`npm run build\` task (model, PDF, EPUB, Anki each in its own process), MB`, value: Math.round(taskPeak / 1024) });
  rows.push({ what: `${largest}×: PDF build alone (from the Book JSON) / Chromium`, value: ratio(at(largest, 'pdf'), at(largest, 'chromiumPdf')) });
  rows.push({ what: `${largest}×: PDF build alone / Typst`, value: ratio(at(largest, 'pdf'), at(largest, 'typstPdf')) });
  rows.push({ what: `${largest}×: EPUB build alone / pandoc`, value: ratio(at(largest, 'epub'), at(largest, 'pandocEpub')) });
  return rows;
}
