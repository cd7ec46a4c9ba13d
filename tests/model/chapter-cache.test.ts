import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bookJson, ChapterCache, loadBook, type LoadResult } from '@book/model';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const env = { SOURCE_DATE_EPOCH: '1796083200' };
const messages = (result: LoadResult) => result.files.flatMap((file) => file.messages.map(String));
const copy = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'chapter-cache-'));
  cpSync(join(fixtures, name), dir, { recursive: true });
  return dir;
};

// Watch mode loads the content folder on every save with one ChapterCache; it must never answer differently
// from a fresh load.
describe('loadBook with a ChapterCache', () => {
  it('gives the same Book and the same warnings as a fresh load, load after load', () => {
    const dir = copy('valid');
    const chapter = join(dir, 'thyroid.md');
    writeFileSync(chapter, `${readFileSync(chapter, 'utf8')}\nकुछ <b>HTML</b> यहाँ।\n`);
    const cache = new ChapterCache();
    const fresh = loadBook(dir, { env });
    expect(messages(fresh).some((m) => m.includes('thyroid.md'))).toBe(true);
    for (let i = 0; i < 3; i++) {
      const cached = loadBook(dir, { env, cache });
      expect(bookJson(cached.book!)).toBe(bookJson(fresh.book!));
      expect(messages(cached)).toEqual(messages(fresh));
    }
  });

  it('reads a changed chapter again', () => {
    const dir = copy('valid');
    const cache = new ChapterCache();
    const before = loadBook(dir, { env, cache });
    const chapter = join(dir, 'overview.md');
    writeFileSync(chapter, readFileSync(chapter, 'utf8').replace(/\n\n([^\n-][^\n]*)\n/, '\n\nनया वाक्य। $1\n'));
    const after = loadBook(dir, { env, cache });
    expect(bookJson(after.book!)).not.toBe(bookJson(before.book!));
    expect(bookJson(after.book!)).toBe(bookJson(loadBook(dir, { env }).book!));
  });

  it('reports the errors of unchanged chapters every time, once each', () => {
    const dir = copy('invalid-duplicate-id');
    const cache = new ChapterCache();
    const fresh = messages(loadBook(dir, { env }));
    expect(fresh.length).toBeGreaterThan(0);
    expect(messages(loadBook(dir, { env, cache }))).toEqual(fresh);
    const again = loadBook(dir, { env, cache });
    expect(again.book).toBeUndefined();
    expect(messages(again)).toEqual(fresh);
  });
});
