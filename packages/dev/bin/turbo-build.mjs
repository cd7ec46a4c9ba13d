#!/usr/bin/env node
// `npm run build` (root): warns when a configured remote cache cannot be used, then runs `turbo run build` with
// any extra arguments, exiting with turbo's exit code. A warning never stops the build: it still runs locally.
// With a remote cache in use it also warns about each shared artifact turbo rejected (see rejected-artifacts.mjs).
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatWarning, remoteCacheWarning } from './remote-cache-warning.mjs';
import { lastRunTasks, rejectedArtifacts, remoteHits } from './rejected-artifacts.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const extra = process.argv.slice(2);
const warning = await remoteCacheWarning(process.env);
if (warning) process.stderr.write(`\n${formatWarning(warning)}\n\n`);
const turbo = join(root, 'node_modules', '.bin', 'turbo');
const remote = !warning && Boolean(process.env.TURBO_API);

let offered = new Set();
if (remote) {
  const dry = spawnSync(turbo, ['run', 'build', '--dry=json', ...extra], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (dry.status === 0) offered = remoteHits(dry.stdout);
}
const summarize = remote && !extra.some((arg) => arg.startsWith('--summarize')) ? ['--summarize'] : [];
const result = spawnSync(turbo, ['run', 'build', ...summarize, ...extra], { cwd: root, stdio: 'inherit' });
const rejected = remote && offered.size ? rejectedArtifacts(offered, lastRunTasks(root)) : [];
if (warning || rejected.length) process.stderr.write('\n');
if (warning) process.stderr.write(`${formatWarning(warning)}\n`);
for (const line of rejected) process.stderr.write(`${formatWarning(line)}\n`);
process.exit(result.status ?? 1);
