import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bookJson, ChapterCache, chapterCacheDir, ChapterStore, loadBook, loadContent, type LoadResult } from '@book/model';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const content = join(import.meta.dirname, '..', '..', 'content');
const env = { SOURCE_DATE_EPOCH: '1796083200' };
const temp = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));
const copy = (from: string) => {
  const dir = temp('chapter-store-content-');
  cpSync(from, dir, { recursive: true });
  return dir;
};

/** Every field of every message a reporter or an editor integration could show, in order. */
const messages = (result: LoadResult) =>
  result.files.flatMap((file) =>
    file.messages.map(({ file: path, reason, line, column, place, ruleId, source, fatal, name }) => JSON.stringify({ path, reason, line, column, place, ruleId, source, fatal, name })),
  );
const json = (result: LoadResult) => (result.book ? bookJson(result.book) : undefined);

/** loadBook with no cache, with an empty store, and again with the store it filled: all three must agree. */
function expectSameThreeWays(dir: string) {
  const fresh = loadBook(dir, { env });
  const store = new ChapterStore(temp('chapter-store-'));
  const cold = loadBook(dir, { env, cache: store });
  const parsed = store.counts.parsed;
  const warm = loadBook(dir, { env, cache: store });
  expect(store.counts).toEqual({ parsed, stored: parsed });
  for (const result of [cold, warm]) {
    expect(json(result)).toBe(json(fresh));
    expect(messages(result)).toEqual(messages(fresh));
  }
  return { fresh, store };
}

const fixtureNames = readdirSync(fixtures).filter((name) => name === 'valid' || name.startsWith('invalid-'));

describe('ChapterStore (the chapter cache on disk)', () => {
  it('gives the same Book, byte for byte, for the real content', () => {
    const { fresh, store } = expectSameThreeWays(content);
    expect(fresh.book).toBeDefined();
    expect(store.counts).toEqual({ parsed: fresh.book!.chapters.length, stored: fresh.book!.chapters.length });
  });

  // The invalid fixtures make every kind of message, several of them placed by the checks across chapters in a
  // chapter that came from the store (duplicate ids, dangling references, unknown links).
  it.each(fixtureNames)('reports exactly what a fresh load reports: %s', (name) => {
    expectSameThreeWays(join(fixtures, name));
  });

  it('reports the warnings of a stored chapter again, each time', () => {
    const dir = copy(join(fixtures, 'valid'));
    const chapter = join(dir, 'thyroid.md');
    writeFileSync(chapter, `${readFileSync(chapter, 'utf8')}\nकुछ <b>HTML</b> यहाँ।\n`);
    const { fresh } = expectSameThreeWays(dir);
    expect(fresh.book).toBeDefined();
    expect(fresh.files.find((f) => f.path === 'thyroid.md')!.messages.some((m) => m.fatal === false)).toBe(true);
  });

  it('parses again only the chapter that changed', () => {
    const dir = copy(content);
    const store = new ChapterStore(temp('chapter-store-'));
    const first = loadBook(dir, { env, cache: store });
    const chapters = first.book!.chapters.length;
    const chapter = join(dir, 'thyroid.md');
    writeFileSync(chapter, `${readFileSync(chapter, 'utf8')}\nएक नया वाक्य।\n`);
    const after = new ChapterStore(store.dir);
    const edited = loadBook(dir, { env, cache: after });
    expect(after.counts).toEqual({ parsed: 1, stored: chapters - 1 });
    expect(json(edited)).not.toBe(json(first));
    expect(json(edited)).toBe(json(loadBook(dir, { env })));
  });

  it('checks across chapters on every load: an edit in one chapter is reported in a stored one, at its place', () => {
    const dir = copy(content);
    const store = new ChapterStore(temp('chapter-store-'));
    loadBook(dir, { env, cache: store });
    // The adrenal chapter (stored, unchanged) names hormones of the pituitary chapter (edited): they must now dangle.
    const pituitary = join(dir, 'pituitary.md');
    writeFileSync(pituitary, readFileSync(pituitary, 'utf8').replaceAll('id: acth', 'id: acth-renamed'));
    const fresh = loadBook(dir, { env });
    const dangling = fresh.files.find((f) => f.path === 'adrenal.md')!.messages.filter((m) => m.ruleId === 'reference-unknown');
    expect(dangling.length).toBeGreaterThan(0);
    expect(dangling[0]!.line).toBeGreaterThan(1);
    const cached = loadBook(dir, { env, cache: store });
    expect(messages(cached)).toEqual(messages(fresh));
  });

  it('places a figure problem found after loading in a stored chapter where a fresh load places it', () => {
    const dir = copy(content);
    const store = new ChapterStore(temp('chapter-store-'));
    loadBook(dir, { env, cache: store });
    rmSync(join(dir, 'figures', 'adrenal-section.svg'));
    const fresh = loadBook(dir, { env });
    const missing = fresh.files.flatMap((f) => f.messages).filter((m) => m.ruleId === 'figure-missing');
    expect(missing.map((m) => m.line)).toEqual([expect.any(Number)]);
    expect(messages(loadBook(dir, { env, cache: store }))).toEqual(messages(fresh));
  });

  it('never reuses a chapter stored by other model code', () => {
    const dir = temp('chapter-store-');
    loadBook(content, { env, cache: new ChapterStore(dir, 'code-A') });
    const other = new ChapterStore(dir, 'code-B');
    loadBook(content, { env, cache: other });
    expect(other.counts.stored).toBe(0);
    const same = new ChapterStore(dir, 'code-A');
    loadBook(content, { env, cache: same });
    expect(same.counts.parsed).toBe(0);
  });

  it('ignores entries that are corrupt or not what they claim, and writes them again', () => {
    const dir = temp('chapter-store-');
    const fresh = loadBook(content, { env });
    loadBook(content, { env, cache: new ChapterStore(dir) });
    const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
    expect(entries.length).toBe(fresh.book!.chapters.length);
    const [truncated, garbage, swapped, ...rest] = entries;
    writeFileSync(truncated!, readFileSync(truncated!, 'utf8').slice(0, 100));
    writeFileSync(garbage!, JSON.stringify({ format: 1, key: 'x', messages: [] }));
    // Another chapter's entry under this chapter's name: its key does not match.
    writeFileSync(swapped!, readFileSync(rest[0]!));
    const store = new ChapterStore(dir);
    const result = loadBook(content, { env, cache: store });
    expect(store.counts).toEqual({ parsed: 3, stored: entries.length - 3 });
    expect(json(result)).toBe(json(fresh));
    expect(messages(result)).toEqual(messages(fresh));
    const again = new ChapterStore(dir);
    loadBook(content, { env, cache: again });
    expect(again.counts.parsed).toBe(0);
  });

  it('serves watch mode from memory first, then from disk', () => {
    const store = new ChapterStore(temp('chapter-store-'));
    loadBook(content, { env, cache: store });
    const disk = new ChapterStore(store.dir);
    const memory = new ChapterCache(disk);
    const first = loadBook(content, { env, cache: memory });
    const second = loadBook(content, { env, cache: memory });
    expect(disk.counts).toEqual({ parsed: 0, stored: first.book!.chapters.length });
    expect(json(second)).toBe(json(loadBook(content, { env })));
  });
});

describe('loadContent (what the commands load with)', () => {
  it('keeps chapters in $BOOK_MODEL_CACHE and gives what loadBook gives', async () => {
    const cache = temp('chapter-store-');
    const dir = join(fixtures, 'invalid-dangling-reference');
    const fresh = loadBook(dir, { env });
    for (let i = 0; i < 2; i++) {
      const result = await loadContent(dir, { env: { ...env, BOOK_MODEL_CACHE: cache } });
      expect(messages(result)).toEqual(messages(fresh));
    }
    expect(readdirSync(cache, { recursive: true }).filter((name) => String(name).endsWith('.json')).length).toBeGreaterThan(0);
    const book = await loadContent(content, { env: { ...env, BOOK_MODEL_CACHE: cache } });
    expect(json(book)).toBe(json(loadBook(content, { env })));
  });
});

describe('chapterCacheDir', () => {
  it('is $BOOK_MODEL_CACHE, off, or node_modules/.cache/book-model above the working folder', () => {
    expect(chapterCacheDir('/x', { BOOK_MODEL_CACHE: 'off' })).toBeUndefined();
    expect(chapterCacheDir('/x', { BOOK_MODEL_CACHE: '/tmp/somewhere' })).toBe('/tmp/somewhere');
    const root = join(import.meta.dirname, '..', '..');
    expect(chapterCacheDir(join(root, 'packages', 'model'), {})).toBe(join(root, 'node_modules', '.cache', 'book-model'));
  });
});

describe('ChapterStore.prune', () => {
  const entries = (dir: string) => readdirSync(dir).flatMap((folder) => readdirSync(join(dir, folder)).map((name) => join(folder, name)));

  it('keeps the entries the last load used and deletes the least recently used beyond the bound', () => {
    const dir = copy(join(fixtures, 'valid'));
    const storeDir = temp('chapter-store-prune-');
    const chapter = join(dir, 'thyroid.md');
    const original = readFileSync(chapter, 'utf8');
    // Five edits of one chapter: each leaves one more entry behind.
    for (let edit = 0; edit < 5; edit++) {
      writeFileSync(chapter, `${original}\nसंपादन ${edit}।\n`);
      loadBook(dir, { env, cache: new ChapterStore(storeDir) });
    }
    const chapters = loadBook(dir, { env }).book!.chapters.length;
    expect(entries(storeDir)).toHaveLength(chapters + 4);

    const store = new ChapterStore(storeDir);
    writeFileSync(chapter, `${original}\nसंपादन अंतिम।\n`);
    const before = loadBook(dir, { env, cache: store });
    expect(store.prune(chapters)).toBe(5);
    expect(entries(storeDir)).toHaveLength(chapters);
    // What is left is exactly what the last load used: loading again parses nothing.
    const again = new ChapterStore(storeDir);
    expect(json(loadBook(dir, { env, cache: again }))).toBe(json(before));
    expect(again.counts).toEqual({ parsed: 0, stored: chapters });
    expect(again.prune(0)).toBe(0); // it wrote nothing, so it does not prune
  });

  it('is what loadContent does after a load, with a bound of several entries per chapter', async () => {
    const dir = copy(join(fixtures, 'valid'));
    const storeDir = temp('chapter-store-prune-');
    const chapter = join(dir, 'thyroid.md');
    const original = readFileSync(chapter, 'utf8');
    for (let edit = 0; edit < 300; edit++) {
      writeFileSync(chapter, `${original}\nसंपादन ${edit}।\n`);
      await loadContent(dir, { env: { ...env, BOOK_MODEL_CACHE: storeDir }, threads: 0 });
    }
    expect(entries(storeDir).length).toBe(256);
  });
});
