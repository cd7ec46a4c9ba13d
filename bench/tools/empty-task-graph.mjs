// A workspace with our build's task graph and nothing in the tasks: one package per task (the model, each builder),
// each `build` script `node -e 0`, the same dependencies (every builder after the model, the decks after the PDF:
// packages/build-anki/turbo.json), run by the same turbo through `npm run build` (its root script is `turbo run
// build`). What it takes is the floor under our `npm run build` after an edit that no work in our tasks can go
// below: npm, turbo, then npm and Node starting once per task, three deep.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

/** { all(): ms with every task run (as after an edit), cached(): ms with every task a cache hit }. */
export function emptyTaskGraph(dir, { turbo, taskNames }) {
  const dependencies = (name) => (name === 'model' ? [] : name === 'build-anki' ? ['model', 'build-pdf'] : ['model']);
  const scripts = { build: `${turbo} run build --output-logs=none` };
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'empty-task-graph', private: true, workspaces: ['packages/*'], packageManager: 'npm@11.19.1', scripts }));
  writeFileSync(join(dir, 'turbo.json'), JSON.stringify({ tasks: { build: { dependsOn: ['^build'], outputs: [] } } }));
  for (const name of taskNames) {
    mkdirSync(join(dir, 'packages', name), { recursive: true });
    const pkg = { name, version: '0.0.0', private: true, scripts: { build: 'node -e 0' }, dependencies: Object.fromEntries(dependencies(name).map((d) => [d, '*'])) };
    writeFileSync(join(dir, 'packages', name, 'package.json'), JSON.stringify(pkg));
  }
  const quiet = { cwd: dir, stdio: 'ignore' };
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], quiet);
  execFileSync('git', ['init', '-q'], quiet);
  const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };
  const run = (...extra) => {
    const started = performance.now();
    const result = spawnSync('npm', ['run', 'build', '--silent', ...(extra.length ? ['--', ...extra] : [])], { cwd: dir, env, stdio: 'ignore' });
    if (result.status !== 0) throw new Error(`turbo in the empty task graph exited ${result.status}`);
    return Math.round(performance.now() - started);
  };
  run(); // fills the cache for cached()
  return { all: () => run('--force'), cached: () => run() };
}
