import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stageAtomic, writeAtomic } from './write-atomic.js';

const dir = mkdtempSync(join(tmpdir(), 'write-atomic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('stageAtomic', () => {
  it('leaves the target as it was until commit, then replaces it whole', () => {
    const path = join(dir, 'book.epub');
    writeFileSync(path, 'old');
    const staged = stageAtomic(path, 'new');
    expect(readFileSync(path, 'utf8')).toBe('old');
    staged.commit();
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['book.epub']);
  });

  it('discard() removes the staged bytes and never touches the target', () => {
    const path = join(dir, 'deck.apkg');
    writeAtomic(path, 'kept');
    stageAtomic(path, 'dropped').discard();
    expect(readFileSync(path, 'utf8')).toBe('kept');
    expect(readdirSync(dir).sort()).toEqual(['book.epub', 'deck.apkg']);
  });
});
