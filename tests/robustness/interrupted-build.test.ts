import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAll, digests, root, startStep, steps } from '../helpers/pipeline.js';

const content = join(root, 'content');

function exited(child: ReturnType<typeof startStep>): Promise<void> {
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

describe('an interrupted build loses nothing', () => {
  it('SIGKILL at any moment of any builder leaves each output either the previous good file or the new one', async () => {
    const out = mkdtempSync(join(tmpdir(), 'killed-'));
    buildAll(content, out);
    const good = digests(out);
    // Kill each builder at several moments; the builds are deterministic, so old and new files are the same bytes.
    for (const step of steps.slice(1)) {
      for (const delay of [50, 200, 400, 800]) {
        const child = startStep(step, content, out);
        const done = exited(child);
        await new Promise((resolve) => setTimeout(resolve, delay));
        child.kill('SIGKILL');
        await done;
        expect(digests(out), `${step.name} killed after ${delay} ms`).toEqual(good);
      }
    }
    // Whatever temporary files a killed build left are hidden, and the next build still succeeds.
    expect(readdirSync(out).filter((name) => !name.startsWith('.')).sort()).toEqual(Object.keys(good));
    buildAll(content, out);
    expect(digests(out)).toEqual(good);
  });
});
