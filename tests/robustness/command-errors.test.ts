import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildAll, root, steps } from '../helpers/pipeline.js';

const content = join(root, 'content');
const built = mkdtempSync(join(tmpdir(), 'errors-built-'));
buildAll(content, built);
const bugOnWrite = pathToFileURL(join(import.meta.dirname, 'helpers', 'bug-on-write.mjs')).href;

/** Run one build step reading the Book in `built` but writing to `out`. */
function runStep(step: (typeof steps)[number], out: string, env: NodeJS.ProcessEnv = {}, preload: string[] = []) {
  const args = step.args(content, built).map((arg, i, all) => (all[i - 1] === '--out' ? out : arg));
  return spawnSync(process.execPath, [...preload, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 100_000 });
}

describe.each(steps)('the $name command', (step) => {
  it('reports a bug (a TypeError from the code) with its stack, says it is a bug, exits 70', () => {
    const out = mkdtempSync(join(tmpdir(), 'bug-'));
    const result = runStep(step, out, { BUG_ON_WRITE_DIR: out }, ['--import', bugOnWrite]);
    expect(result.status, result.stderr).toBe(70);
    expect(result.stderr).toContain("TypeError: Cannot read properties of undefined (reading 'length')");
    expect(result.stderr).toMatch(/\n\s+at /);
    expect(result.stderr).toMatch(/this is a bug in \S+, not a problem with your content or files/);
  });

  it('--out naming an existing file: one line saying it is a file, exit 1', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'out-file-')), 'taken');
    writeFileSync(file, 'not a folder');
    const result = runStep(step, file);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringContaining(`${file} is a file, not a folder; give --out a folder`)]);
  });

  it('--out under /proc: one line saying the folder cannot be created, exit 1 (Node’s recursive mkdir never returns there)', () => {
    const result = runStep(step, '/proc/no-such-folder');
    expect(result.error, 'the command did not finish').toBeUndefined();
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringContaining('cannot create the output folder /proc/no-such-folder')]);
  });
});
