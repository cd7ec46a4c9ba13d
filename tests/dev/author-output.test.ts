import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloneWithModules, repoRoot, workFolder } from '../remote-cache/clone.js';
import { hasTool } from '../helpers/tools.js';

// What an author sees when content is wrong: the content messages and a one-line summary, nothing of turbo's or
// npm's own (header, replayed compile logs, "npm error" lines). Run in a clone whose content has one dangling reference.
const haveGit = hasTool('git', 'git');

describe.skipIf(!haveGit)('npm run validate and npm run build on content with one dangling reference', () => {
  let work: string;
  let clone: string;

  beforeAll(() => {
    work = workFolder('author-output-');
    clone = cloneWithModules(repoRoot, join(work, 'clone'));
    const chapter = join(clone, 'content', 'thyroid.md');
    const text = readFileSync(chapter, 'utf8');
    const first = text.indexOf('    of: ');
    expect(first).toBeGreaterThan(0);
    writeFileSync(chapter, `${text.slice(0, first)}    of: no-such-hormone${text.slice(text.indexOf('\n', first))}`);
  }, 120_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it.each(['validate', 'build'])('npm run %s prints the message and a summary, and little else', (script) => {
    const run = spawnSync('npm', ['run', script], { cwd: clone, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
    expect(run.status).not.toBe(0);
    const lines = `${run.stdout}${run.stderr}`.split('\n').filter((line, i, all) => i < all.length - 1 || line !== '');
    // npm prints its banner for the root script ("> validate", "> node packages/dev/bin/turbo-validate.mjs").
    const own = lines.filter((line) => !line.startsWith('> ') && line.trim() !== '');
    expect(own).toEqual([
      'thyroid.md',
      expect.stringMatching(/^\d+:\d+ error "no-such-hormone" is not a gland or part or hormone\. Point the reference at an id that exists .* reference-unknown book$/),
      '✖ 1 error',
    ]);
    expect(lines.length, lines.join('\n')).toBeLessThanOrEqual(8);
  }, 300_000);
});
