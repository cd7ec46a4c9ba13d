// Runs one command as a child process and measures it from outside: wall time (spawn to exit), CPU time and peak
// resident memory via GNU time (/usr/bin/time, Debian package `time`). Node children also report their own
// phases and maxRSS on a line starting with "BENCH ".
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export const GNU_TIME = '/usr/bin/time';
export const hasGnuTime = existsSync(GNU_TIME);

/** { wallMs, cpuMs, maxRssKB, report } where report is the child's BENCH line (or undefined). Throws on failure. */
export async function measure(command, args, { cwd, env, timeoutMs = 20 * 60_000 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-time-'));
  const timeFile = join(dir, 'time.txt');
  const [file, argv] = hasGnuTime ? [GNU_TIME, ['-f', '%e %U %S %M', '-o', timeFile, command, ...args]] : [command, args];
  const started = performance.now();
  const { code, stdout, stderr } = await run(file, argv, { cwd, env, timeoutMs });
  const wallMs = performance.now() - started;
  try {
    if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited ${code}:\n${stderr.slice(-2000)}`);
    const line = stdout.split('\n').find((l) => l.startsWith('BENCH '));
    const report = line ? JSON.parse(line.slice(6)) : undefined;
    let cpuMs;
    let maxRssKB = report?.maxRssKB;
    if (hasGnuTime) {
      const [, user, sys, rss] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
      cpuMs = (user + sys) * 1000;
      maxRssKB = rss;
    }
    return { wallMs, cpuMs, maxRssKB, report };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(file, args, { cwd, env, timeoutMs }) {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { cwd, env: env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
