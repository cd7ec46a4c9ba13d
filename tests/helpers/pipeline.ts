import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builders } from '@book/dev/builders';

export const root = join(import.meta.dirname, '..', '..');
const lib = (pkg: string, file: string) => join(root, 'packages', pkg, 'lib', file);

export interface Step {
  name: string;
  args: (content: string, out: string) => string[];
}

/** The build commands in graph order, as turbo runs them, but pointed at any content and output folder. */
export const steps: Step[] = [
  { name: 'model', args: (content, out) => [lib('model', 'cli/build.js'), '--content', content, '--out', out] },
  // Every builder finds the Book through the output folder, as `npm run build` runs them.
  ...builders.map((b) => ({ name: b.name, args: (_: string, out: string) => [join(root, b.cli), '--book', out, '--out', out] })),
];

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

/** Run every build step; throws with the step's stderr if one fails. */
export function buildAll(content: string, out: string, options: RunOptions = {}): void {
  for (const step of steps) {
    const result = spawnSync(process.execPath, step.args(content, out), {
      encoding: 'utf8',
      cwd: options.cwd ?? root,
      env: options.env ?? process.env,
    });
    if (result.status !== 0) throw new Error(`${step.name} build failed (${result.status}):\n${result.stderr}`);
  }
}

export function startStep(step: Step, content: string, out: string): ChildProcess {
  return spawn(process.execPath, step.args(content, out), { cwd: root, stdio: 'ignore' });
}

/** sha256 of every visible file in a folder. */
export function digests(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => !name.startsWith('.'))
      .sort()
      .map((name) => [name, createHash('sha256').update(readFileSync(join(dir, name))).digest('hex')]),
  );
}
