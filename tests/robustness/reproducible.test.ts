import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allOutputNames } from '@book/dev/builders';
import { buildAll, digests, root } from '../helpers/pipeline.js';
import { bookId } from '../helpers/dist.js';

const content = join(root, 'content');
const outputs = allOutputNames(bookId).sort();

describe('reproducible builds', () => {
  it('same content and SOURCE_DATE_EPOCH give byte-identical outputs under another TZ, LANG and working directory', () => {
    const a = mkdtempSync(join(tmpdir(), 'repro-a-'));
    const b = mkdtempSync(join(tmpdir(), 'repro-b-'));
    const base = { PATH: process.env.PATH, HOME: process.env.HOME, SOURCE_DATE_EPOCH: '1767225600' };
    buildAll(content, a, { env: { ...base, TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' } });
    buildAll(content, b, { env: { ...base, TZ: 'Asia/Kolkata', LANG: 'hi_IN.UTF-8', LC_ALL: 'hi_IN.UTF-8' }, cwd: tmpdir() });
    const first = digests(a);
    expect(Object.keys(first).filter((name) => outputs.includes(name))).toEqual(outputs);
    expect(digests(b)).toEqual(first);
  });

  it('without SOURCE_DATE_EPOCH the date comes from the content, not the clock: a build a second later is identical', async () => {
    const a = mkdtempSync(join(tmpdir(), 'repro-c-'));
    const b = mkdtempSync(join(tmpdir(), 'repro-d-'));
    const env = { PATH: process.env.PATH, HOME: process.env.HOME };
    buildAll(content, a, { env });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    buildAll(content, b, { env });
    expect(digests(b)).toEqual(digests(a));
  });
});
