// Runs `turbo run <task>` for the root scripts (npm run build, npm run validate): warns when a configured remote
// cache cannot be used or rejected an artifact, shows the author only what the commands said (turbo-output.mjs)
// and one summary line, and exits with turbo's exit code. A warning never stops the build: it still runs locally.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { formatWarning, remoteCacheWarning } from './remote-cache-warning.mjs';
import { lastRunTasks, rejectedArtifacts, remoteHits } from './rejected-artifacts.mjs';
import { authorView, footerReader, TURBO_OUTPUT_FLAGS } from './turbo-output.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const turbo = join(root, 'node_modules', '.bin', 'turbo');

/**
 * @param {string} task
 * @param {string[]} extra more `turbo run` arguments (e.g. --filter, --summarize)
 * @returns {Promise<number>} turbo's exit status
 */
export async function runTurbo(task, extra) {
  const warning = await remoteCacheWarning(process.env);
  if (warning) process.stderr.write(`${formatWarning(warning)}\n`);
  const remote = !warning && Boolean(process.env.TURBO_API);

  let offered = new Set();
  if (remote) {
    const dry = spawnSync(turbo, ['run', task, '--dry=json', ...extra], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
    if (dry.status === 0) offered = remoteHits(dry.stdout);
  }
  const summarize = remote && !extra.some((arg) => arg.startsWith('--summarize')) ? ['--summarize'] : [];
  const child = spawn(turbo, ['run', task, ...TURBO_OUTPUT_FLAGS, ...summarize, ...extra], { cwd: root, stdio: ['inherit', 'pipe', 'pipe'] });
  const view = authorView();
  let shownLines = 0;
  const footer = footerReader();
  const show = (stream, out) =>
    new Promise((done) => {
      const lines = createInterface({ input: stream, crlfDelay: Infinity });
      lines.on('line', (line) => {
        footer.read(line);
        const shown = view(line);
        if (shown === undefined) return;
        shownLines += 1;
        out.write(`${shown}\n`);
      });
      lines.on('close', done);
    });
  const [status] = await Promise.all([
    new Promise((done) => child.on('close', (code) => done(code ?? 1))),
    show(child.stdout, process.stdout),
    show(child.stderr, process.stderr),
  ]);

  const rejected = remote && offered.size ? rejectedArtifacts(offered, lastRunTasks(root)) : [];
  if (warning) process.stderr.write(`${formatWarning(warning)}\n`);
  for (const line of rejected) process.stderr.write(`${formatWarning(line)}\n`);
  // A failed command has already summed up what went wrong (e.g. "✖ 1 error"); say which task only if it did not.
  if (status === 0) process.stdout.write(`${footer.summary(task, status)}\n`);
  else if (shownLines === 0) process.stderr.write(`${footer.summary(task, status)}\n`);
  return status;
}
