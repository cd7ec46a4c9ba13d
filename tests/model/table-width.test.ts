import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BookFileError, loadBook, MAX_TABLE_COLUMNS, readBookJson, validators, type Book } from '@book/model';

const valid = join(import.meta.dirname, '..', 'fixtures', 'valid');

/** A copy of the valid fixture with a table of `columns` columns appended to thyroid.md; its first line's number. */
function withTable(columns: number): { dir: string; line: number } {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  cpSync(valid, dir, { recursive: true });
  const file = join(dir, 'thyroid.md');
  const text = readFileSync(file, 'utf8').replace(/\n*$/, '\n');
  const cells = (word: string) => `| ${Array.from({ length: columns }, (_, i) => `${word}${i + 1}`).join(' | ')} |`;
  const table = [cells('स्तंभ'), `|${' --- |'.repeat(columns)}`, cells('मान')].join('\n');
  writeFileSync(file, `${text}\n${table}\n`);
  return { dir, line: text.split('\n').length + 1 };
}

describe('a content table must fit the A5 text width', () => {
  it('refuses a 30-column table with a positioned message at the table', () => {
    const { dir, line } = withTable(30);
    const { book, files } = loadBook(dir);
    expect(book).toBeUndefined();
    const found = files.flatMap((f) => f.messages.map((m) => ({ at: `${f.path}:${m.line}:${m.column} ${m.ruleId}`, reason: m.reason })));
    expect(found.map((m) => m.at)).toEqual([`thyroid.md:${line}:1 table-too-wide`]);
    expect(found[0]!.reason).toMatch(/30 columns/);
  });

  it('refuses 7 columns and accepts 6, the widest table the page holds', () => {
    const seven = withTable(7);
    expect(loadBook(seven.dir).files.flatMap((f) => f.messages.map((m) => m.ruleId))).toEqual(['table-too-wide']);
    const six = loadBook(withTable(6).dir);
    expect(six.files.flatMap((f) => f.messages.map((m) => m.reason))).toEqual([]);
    const table = six.book!.chapters.flatMap((c) => c.blocks).find((b) => b.type === 'table');
    expect(table).toMatchObject({ header: { length: 6 } });
  });

  it('is in the Book schema too: a Book JSON made by hand with a wider table is refused by the builders\' reader', () => {
    const { book } = loadBook(withTable(MAX_TABLE_COLUMNS).dir);
    expect(validators.book(book), JSON.stringify(validators.book.errors)).toBe(true);
    const widened = (widen: (table: { header: unknown[]; rows: unknown[][] }) => void): Book => {
      const copy = structuredClone(book!);
      const table = copy.chapters.flatMap((c) => c.blocks).find((b) => b.type === 'table')!;
      widen(table as unknown as { header: unknown[]; rows: unknown[][] });
      return copy;
    };
    const extra = [{ text: 'सात' }];
    for (const wide of [widened((t) => t.header.push(extra)), widened((t) => t.rows[0]!.push(extra))]) {
      expect(validators.book(wide)).toBe(false);
      expect(validators.book.errors!.map((e) => `${e.instancePath} ${e.keyword}`)).toContainEqual(expect.stringMatching(/\/blocks\/\d+\/(header|rows\/0) maxItems$/));
      const file = join(mkdtempSync(join(tmpdir(), 'wide-book-')), 'book.json');
      writeFileSync(file, JSON.stringify(wide));
      expect(() => readBookJson(file)).toThrow(BookFileError);
      expect(() => readBookJson(file)).toThrow(`must NOT have more than ${MAX_TABLE_COLUMNS} items`);
    }
  });
});
