// Every output the way `npm run build` schedules its tasks after an edit, each task in its own process (turbo's
// graph, turbo.json): the model, then the PDF and the EPUB side by side, then the decks (they read the PDF's page
// map): node bench/harness/build-scheduled.mjs <contentDir> <outDir>. Turbo's and npm's own start (about 0.4 s with
// every task cached, bench/results/rebuild.md) is not in it: this is the work the build does, as it overlaps.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [contentDir, outDir] = process.argv.slice(2);
const one = join(dirname(fileURLToPath(import.meta.url)), 'build-one.mjs');

const task = (...args) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [one, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`build-one.mjs ${args[0]} exited ${code}:\n${stderr.slice(-2000)}`))));
  });

await task('model', contentDir, outDir);
await Promise.all([task('pdf', outDir), task('epub', outDir)]);
await task('anki', outDir);
