import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBook } from '@book/model';

const root = join(import.meta.dirname, '..', '..');
const cli = (name: string) => join(root, 'packages', 'model', 'lib', 'cli', `${name}.js`);
const run = (name: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [cli(name), ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env } });

describe('model command line', () => {
  it('reports every problem with file:line:column and rule id, exits 1, and leaves dist/ exactly as it was', () => {
    const out = mkdtempSync(join(tmpdir(), 'dist-'));
    writeFileSync(join(out, 'endocrine-system.json'), 'previous good build');
    const result = run('build', ['--content', join(root, 'tests/fixtures/invalid-many-problems'), '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/book\.yaml\n\s*20:5\s+error\s+Chapter file adrenal\.md does not exist.*file-missing/);
    expect(result.stderr).toMatch(/overview\.md\n\s*13:1-13:22\s+error.*heading-depth/);
    expect(result.stderr).toMatch(/thyroid\.md\n\s*25:13\s+error.*reference-unknown/);
    expect(result.stderr).toMatch(/3 errors/);
    expect(result.stderr).not.toMatch(/\n\s+at .*\.js:\d+/); // no stack trace
    expect(readdirSync(out)).toEqual(['endocrine-system.json']);
    expect(readFileSync(join(out, 'endocrine-system.json'), 'utf8')).toBe('previous good build');
  });

  it('writes the Book and prints one line saying what it holds', () => {
    const out = mkdtempSync(join(tmpdir(), 'dist-'));
    const result = run('build', ['--content', join(root, 'tests/fixtures/valid'), '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const { book } = loadBook(join(root, 'tests/fixtures/valid'));
    const sentences = book!.chapters.flatMap((c) => c.blocks).flatMap((b) => (b.type === 'paragraph' ? b.sentences : []));
    const holds = `Book: ${book!.chapters.length} chapters, ${sentences.length} sentences, ${book!.glossary.length} glossary entries`;
    expect(result.stdout).toMatch(new RegExp(`endocrine-system\\.json\\s+[\\d.]+ kB\\s+${holds}\\s+\\d+ ms\\n$`));
    expect(readdirSync(out).sort()).toEqual(['book-id.txt', 'endocrine-system.json']);
  });

  it('keeps parsed chapters in $BOOK_MODEL_CACHE, and builds the same bytes from them as with the cache off', () => {
    const cache = mkdtempSync(join(tmpdir(), 'model-cache-'));
    const build = (env: NodeJS.ProcessEnv) => {
      const out = mkdtempSync(join(tmpdir(), 'dist-'));
      const result = run('build', ['--content', join(root, 'content'), '--out', out], { SOURCE_DATE_EPOCH: '1796083200', ...env });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      return readFileSync(join(out, 'endocrine-system.json'));
    };
    const off = build({ BOOK_MODEL_CACHE: 'off' });
    expect(build({ BOOK_MODEL_CACHE: cache })).toEqual(off);
    const entries = readdirSync(cache, { recursive: true }).filter((name) => String(name).endsWith('.json'));
    expect(entries.length).toBe(loadBook(join(root, 'content')).book!.chapters.length);
    expect(build({ BOOK_MODEL_CACHE: cache })).toEqual(off);
  });

  // parseAhead hands chapters to worker threads only for a big book, unless BOOK_MODEL_THREADS asks for them.
  it.each(['valid', 'invalid-many-problems', 'invalid-dangling-reference'])('parses in worker threads to the same Book and messages: %s', (name) => {
    const content = join(root, 'tests/fixtures', name);
    const build = (env: NodeJS.ProcessEnv) => {
      const out = mkdtempSync(join(tmpdir(), 'dist-'));
      const result = run('build', ['--content', content, '--out', out], { SOURCE_DATE_EPOCH: '1796083200', ...env });
      const written = readdirSync(out).includes('endocrine-system.json') ? readFileSync(join(out, 'endocrine-system.json'), 'utf8') : undefined;
      return { status: result.status, stderr: result.stderr, written };
    };
    const alone = build({ BOOK_MODEL_CACHE: 'off', BOOK_MODEL_THREADS: '0' });
    expect(build({ BOOK_MODEL_CACHE: 'off', BOOK_MODEL_THREADS: '2' })).toEqual(alone);
    const cache = mkdtempSync(join(tmpdir(), 'model-cache-'));
    expect(build({ BOOK_MODEL_CACHE: cache, BOOK_MODEL_THREADS: '2' })).toEqual(alone);
    expect(build({ BOOK_MODEL_CACHE: cache, BOOK_MODEL_THREADS: '0' })).toEqual(alone);
  });

  it('validate checks content only and writes nothing', () => {
    const result = run('validate', ['--content', join(root, 'content')]);
    expect(result.status).toBe(0);
    const { book } = loadBook(join(root, 'content'));
    const glands = book!.chapters.flatMap((c) => c.glands);
    expect(result.stdout).toBe(
      `content is valid: ${book!.chapters.length} chapters, ${glands.length} glands, ` +
        `${glands.flatMap((g) => g.hormones ?? []).length} hormones, ${glands.flatMap((g) => g.disorders ?? []).length} disorders\n`,
    );
  });

  it('an unknown option is a usage error, not a crash', () => {
    const result = run('build', ['--contnet', 'x']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Unknown option '--contnet'/);
    expect(result.stderr).toMatch(/Options: --content <value> --out <value>/);
  });
});
