#!/usr/bin/env node
// node bench/fresh-clone.mjs [--out bench/results]: what a new contributor waits for. Clones this repository's
// HEAD into a temporary folder, then times `npm ci` and `npm run build` there (issue 18, target 4), each as its own
// wall time. npm's download cache (~/.npm) is used as it is on this machine, so `npm ci` measures unpacking and
// linking rather than the network; the turbo cache and the glyph/subset caches start empty, as in a real clone.
// Writes bench/results/fresh-clone.{json,md}.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { out: { type: 'string', default: join(root, 'bench', 'results') } } });

const work = mkdtempSync(join(tmpdir(), 'bench-fresh-clone-'));
const clone = join(work, 'repo');
// The caches a clone would not have: turbo's local cache lives in the clone; the font caches follow BOOK_FONTS_CACHE.
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', BOOK_FONTS_CACHE: join(work, 'fonts-cache'), npm_config_fund: 'false', npm_config_audit: 'false' };
delete env.TURBO_API;

function timed(command, args, cwd) {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 << 20 });
  const wallMs = Math.round(performance.now() - started);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.error?.code ?? result.status}):\n${result.stdout}\n${result.stderr}`);
  return wallMs;
}

let result;
try {
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim();
  timed('git', ['clone', '--quiet', '--no-hardlinks', root, clone], work);
  const npmCiMs = timed('npm', ['ci', '--no-audit', '--no-fund'], clone);
  const buildMs = timed('npm', ['run', 'build'], clone);
  result = { date: new Date().toISOString(), commit, npmCiMs, buildMs, totalMs: npmCiMs + buildMs };
} finally {
  rmSync(work, { recursive: true, force: true });
}

mkdirSync(values.out, { recursive: true });
writeFileSync(join(values.out, 'fresh-clone.json'), `${JSON.stringify(result, null, 2)}\n`);
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
writeFileSync(
  join(values.out, 'fresh-clone.md'),
  [
    '# A fresh clone: `npm ci && npm run build`',
    '',
    `Run ${result.date} at ${result.commit} (\`node bench/fresh-clone.mjs\`): a \`git clone\` of HEAD into an empty folder, then the README's set-up commands, with npm's download cache as it is on this machine and no turbo, glyph or subset cache.`,
    '',
    '| `npm ci` | `npm run build` | together |',
    '| ---: | ---: | ---: |',
    `| ${s(result.npmCiMs)} | ${s(result.buildMs)} | ${s(result.totalMs)} |`,
    '',
  ].join('\n'),
);
process.stderr.write(`fresh clone: npm ci ${s(result.npmCiMs)}, npm run build ${s(result.buildMs)}; wrote ${values.out}/fresh-clone.{json,md}\n`);
