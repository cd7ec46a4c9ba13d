import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildAll, digests, root, steps } from '../helpers/pipeline.js';

const content = join(root, 'content');
const preload = pathToFileURL(join(import.meta.dirname, 'helpers', 'kill-mid-write.mjs')).href;
const plainWriter = join(import.meta.dirname, 'helpers', 'plain-writer.mjs');

/**
 * Run `args` once per file it writes under `out`, killing it half-way through the n-th write (n = 1, 2, …) until a
 * run finishes without being killed; after each kill, `check` sees the folder. Returns how many writes were killed.
 */
function killInsideEachWrite(args: string[], out: string, check: (write: number) => void): number {
  for (let write = 1; write <= 20; write++) {
    const run = spawnSync(process.execPath, ['--import', preload, ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, KILL_MID_WRITE_DIR: out, KILL_MID_WRITE_AT: String(write) },
    });
    if (run.signal !== 'SIGKILL') {
      expect(run.status, run.stderr).toBe(0);
      return write - 1;
    }
    check(write);
  }
  throw new Error(`${args.join(' ')} wrote more than 20 files`);
}

describe('an interrupted build loses nothing', () => {
  it('SIGKILL half-way through any write of any build step leaves each output the previous good file', () => {
    const out = mkdtempSync(join(tmpdir(), 'killed-'));
    buildAll(content, out);
    const good = digests(out);
    const killed: Record<string, number> = {};
    for (const step of steps) {
      killed[step.name] = killInsideEachWrite(step.args(content, out), out, (write) => {
        expect(digests(out), `${step.name} killed inside write ${write}`).toEqual(good);
      });
    }
    // Every step had each of its outputs interrupted: model 1 file, pdf 3, epub 1, anki 2.
    expect(killed).toEqual({ model: 2, pdf: 3, epub: 1, anki: 2 });
    // Whatever temporary files a killed build left are hidden, and the next build still succeeds.
    expect(readdirSync(out).filter((name) => !name.startsWith('.')).sort()).toEqual(Object.keys(good));
    buildAll(content, out);
    expect(digests(out)).toEqual(good);
  });

  it('the same harness catches a writer that is not atomic', () => {
    const sources = mkdtempSync(join(tmpdir(), 'sources-'));
    cpSync(join(root, 'content', 'book.yaml'), join(sources, 'book.yaml'));
    const inputs = readdirSync(sources).map((name) => join(sources, name));
    const findings = (atomic: boolean): string[] => {
      const out = mkdtempSync(join(tmpdir(), 'plain-'));
      const args = [plainWriter, '--out', out, ...(atomic ? ['--atomic'] : []), ...inputs];
      spawnSync(process.execPath, args, { encoding: 'utf8' });
      const good = digests(out);
      const torn: string[] = [];
      killInsideEachWrite(args, out, (write) => {
        if (JSON.stringify(digests(out)) !== JSON.stringify(good)) torn.push(`write ${write}`);
      });
      return torn;
    };
    expect(findings(false)).toEqual(['write 1']);
    expect(findings(true)).toEqual([]);
  });
});
