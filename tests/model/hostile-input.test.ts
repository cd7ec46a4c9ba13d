import { cpSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBook } from '@book/model';

const valid = join(import.meta.dirname, '..', 'fixtures', 'valid');

/** A copy of the valid fixture with one file rewritten. */
function contentWith(file: string, rewrite: (text: string) => string | Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  cpSync(valid, dir, { recursive: true });
  writeFileSync(join(dir, file), rewrite(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

function messages(dir: string) {
  const { book, files } = loadBook(dir);
  expect(book).toBeUndefined();
  return files.flatMap((f) => f.messages.map((m) => `${f.path}:${m.line}:${m.column} ${m.ruleId}`));
}

describe('hostile input gets a positioned message, never a crash', () => {
  it('a 50 MB chapter is refused by its size before it is read', () => {
    const dir = contentWith('thyroid.md', (text) => text);
    truncateSync(join(dir, 'thyroid.md'), 50 * 1024 * 1024);
    expect(messages(dir)).toEqual(['thyroid.md:undefined:undefined file-too-large']);
  });

  it('a YAML alias bomb is rejected at its first alias, without expanding it', () => {
    const bomb = ['a: &a [x,x,x,x,x,x,x,x,x]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)];
    const dir = contentWith('thyroid.md', (text) => text.replace('titleEn: The thyroid gland', `titleEn: The thyroid gland\n${bomb.join('\n')}`));
    const found = messages(dir);
    expect(found[0]).toBe('thyroid.md:6:8 yaml-alias'); // b: &b [*a…
    expect(found.every((m) => m.endsWith('yaml-alias'))).toBe(true);
  });

  it('5,000 nested list markers are refused before parsing', () => {
    const dir = contentWith('overview.md', (text) => `${text}\n${'- '.repeat(5000)}x\n`);
    expect(messages(dir)).toEqual(['overview.md:18:1 nesting-too-deep']);
  });

  it('10,000 stars around a word, *_ ×5,000, and thousands of nested marks between words are refused before parsing', () => {
    const chapterLines = readFileSync(join(valid, 'thyroid.md'), 'utf8').split('\n').length;
    const cases: [string, number][] = [
      [`${'*'.repeat(10_000)}शब्द${'*'.repeat(10_000)}`, 1],
      [`${'*_'.repeat(5_000)}शब्द${'_*'.repeat(5_000)}`, 1],
      [`${'*क _ख '.repeat(2_000)}शब्द${' ख_ क*'.repeat(2_000)}`, 361], // the 121st run of marks in the paragraph
    ];
    for (const [line, column] of cases) {
      expect(messages(contentWith('thyroid.md', (text) => `${text}\n${line}\n`))).toEqual([`thyroid.md:${chapterLines + 1}:${column} emphasis-nesting`]);
    }
  });

  it('what authors write still passes: ***bold italic***, **_mixed_**, a ______ blank, escaped \\*\\*\\*\\*', () => {
    const dir = contentWith('thyroid.md', (text) => `${text}\n***बहुत*** **_ज़रूरी_** शब्द ______ भरें, \\*\\*\\*\\* तारे।\n`);
    const { book, files } = loadBook(dir);
    expect(files.flatMap((f) => f.messages.map((m) => m.reason))).toEqual([]);
    expect(book).toBeDefined();
  });

  it('20,000 nested YAML flow sequences end in a YAML message, not a stack overflow', () => {
    const dir = contentWith('thyroid.md', (text) => text.replace('titleEn: The thyroid gland', `titleEn: The thyroid gland\nx: ${'['.repeat(20000)}${']'.repeat(20000)}`));
    const found = messages(dir);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((m) => m.startsWith('thyroid.md:5:'))).toBe(true);
  });

  it('a file of NUL bytes and broken UTF-8 says where the first bad byte is', () => {
    const dir = contentWith('overview.md', () => Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xc3, 0x28]));
    expect(messages(dir)).toEqual(['overview.md:2:1 encoding-utf8']);
  });
});

describe('a book.yaml that breaks the schema', () => {
  it('still has its chapters checked, but never opens a chapter name the schema refuses (../x.md)', () => {
    const dir = contentWith('book.yaml', (text) => text.replace('edition: "1"', 'edition: 1').replace('  - thyroid.md', '  - ../thyroid.md'));
    const found = messages(dir);
    expect(found).toContain('book.yaml:8:10 schema-type');
    expect(found.filter((m) => m.startsWith('book.yaml:19:'))).toEqual(['book.yaml:19:5 schema-value']);
    expect(found.every((m) => m.startsWith('book.yaml:'))).toBe(true);
  });
});
