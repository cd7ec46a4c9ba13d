import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBook } from '@book/model';
import { hasTool } from '../helpers/tools.js';

// Only plain files inside content/ are content: a link would let a chapter change outside what turbo hashes, and a
// pipe, a device or a directory would hang the loader, flood it, or crash it with a raw stack.
const root = join(import.meta.dirname, '..', '..');
const valid = join(root, 'tests', 'fixtures', 'valid');

/** A copy of the valid fixture in which `name` is replaced by what `make` puts at its path. */
function contentWhere(name: string, make: (path: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-special-'));
  cpSync(valid, dir, { recursive: true });
  rmSync(join(dir, name), { force: true });
  make(join(dir, name));
  return dir;
}

function messages(dir: string) {
  const { book, files } = loadBook(dir);
  expect(book).toBeUndefined();
  return files.flatMap((f) => f.messages.map((m) => `${f.path}:${m.line}:${m.column} ${m.ruleId}: ${m.reason}`));
}

const outside = mkdtempSync(join(tmpdir(), 'outside-'));
writeFileSync(join(outside, 'thyroid.md'), '---\nid: x\n---\n');
// thyroid.md is the second entry of the chapters list in the fixture's book.yaml (line 19).
const atChapterEntry = /^book\.yaml:19:5 file-not-regular: Chapter file thyroid\.md is a /;

describe('content files that are not plain files are refused with a positioned, catalogued message', () => {
  it('a chapter that is a symbolic link to a file outside content/', () => {
    const found = messages(contentWhere('thyroid.md', (path) => symlinkSync(join(outside, 'thyroid.md'), path)));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(atChapterEntry);
    expect(found[0]).toMatch(/symbolic link.*replace a symbolic link with a copy/);
  });

  it('a chapter that links to /dev/zero (never read: it would never end)', () => {
    expect(messages(contentWhere('thyroid.md', (path) => symlinkSync('/dev/zero', path)))).toEqual([expect.stringMatching(atChapterEntry)]);
  });

  it.skipIf(!hasTool('mkfifo', 'coreutils'))('a chapter and errata.yaml that are named pipes (reading one would wait forever)', () => {
    const dir = contentWhere('thyroid.md', (path) => execFileSync('mkfifo', [path]));
    rmSync(join(dir, 'errata.yaml'));
    execFileSync('mkfifo', [join(dir, 'errata.yaml')]);
    const found = messages(dir);
    expect(found).toContainEqual(expect.stringMatching(/^errata\.yaml:undefined:undefined file-not-regular: errata\.yaml is a named pipe/));
    expect(found).toContainEqual(expect.stringMatching(atChapterEntry));
  });

  it('a chapter that is a directory, and an unlisted directory named like a chapter', () => {
    const dir = contentWhere('thyroid.md', (path) => mkdirSync(path));
    mkdirSync(join(dir, 'extra.md'));
    const found = messages(dir);
    expect(found).toContainEqual(expect.stringMatching(atChapterEntry));
    expect(found).toContainEqual(expect.stringMatching(/^extra\.md:undefined:undefined file-not-regular: extra\.md is a directory/));
  });

  it('book.yaml itself as a link', () => {
    const found = messages(contentWhere('book.yaml', (path) => symlinkSync(join(valid, 'book.yaml'), path)));
    expect(found).toEqual([expect.stringMatching(/^book\.yaml:undefined:undefined file-not-regular: book\.yaml is a symbolic link/)]);
  });

  it('the validate command prints the message and exits 1, with no EISDIR stack', () => {
    const dir = contentWhere('thyroid.md', (path) => mkdirSync(path));
    const result = spawnSync(process.execPath, [join(root, 'packages', 'model', 'lib', 'cli', 'validate.js'), '--content', dir], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/19:5\s+error\s+Chapter file thyroid\.md is a directory.*file-not-regular/);
    expect(result.stderr).not.toMatch(/EISDIR|\n\s+at /);
  });
});
