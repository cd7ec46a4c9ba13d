#!/usr/bin/env node
// `npm run build` (root): warns when a configured remote cache cannot be used, then runs `turbo run build` with
// any extra arguments, exiting with turbo's exit code. A warning never stops the build: it still runs locally.
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatWarning, remoteCacheWarning } from './remote-cache-warning.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const warning = await remoteCacheWarning(process.env);
if (warning) process.stderr.write(`\n${formatWarning(warning)}\n\n`);
const turbo = join(root, 'node_modules', '.bin', 'turbo');
const result = spawnSync(turbo, ['run', 'build', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
if (warning) process.stderr.write(`\n${formatWarning(warning)}\n`);
process.exit(result.status ?? 1);
