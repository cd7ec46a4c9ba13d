import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBook } from '@book/model';

// A character content may not use is refused however it is spelled: raw, as a YAML escape or as a Markdown
// character reference. Each case is one edit of the valid fixture and must give exactly one positioned message.
const valid = join(import.meta.dirname, '..', 'fixtures', 'valid');
const SENTENCE = 'इस ग्रंथि में **थाइरॉक्सीन** नामक हारमोन (T4) बनता है।';

function messagesAfter(file: string, from: string, to: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'content-decoded-'));
  cpSync(valid, dir, { recursive: true });
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new TypeError(`fixture ${file} has no ${from}`);
  writeFileSync(path, text.replace(from, to));
  const { book, files } = loadBook(dir);
  expect(book).toBeUndefined();
  return files.flatMap((f) => f.messages.map((m) => `${f.path}:${m.line}:${m.column} ${m.ruleId}`));
}

describe('decoded text gets the checks raw text gets', () => {
  it.each([
    ['"\\u0001"', 'book.yaml:8:11 text-charset'],
    ['"\\uFFFE"', 'book.yaml:8:11 text-charset'],
    ['"\\uD800"', 'book.yaml:8:11 text-charset'],
    ['"\\x1F"', 'book.yaml:8:11 text-charset'],
    ['"\\uE000"', 'book.yaml:8:11 text-charset'],
    ['"\\u0958"', 'book.yaml:8:11 text-nfc'],
  ])('a YAML escape %s in book.yaml', (escape, expected) => {
    expect(messagesAfter('book.yaml', 'edition: "1"', `edition: ${escape.slice(0, -1)}1"`)).toEqual([expected]);
  });

  it('a YAML escape in a chapter\'s frontmatter', () => {
    expect(messagesAfter('thyroid.md', 'titleEn: The thyroid gland', 'titleEn: "The thyroid \\uFFFE gland"')).toEqual(['thyroid.md:4:23 text-charset']);
  });

  it.each([
    ['&#1;', 'text-charset'],
    ['&#x1f;', 'text-charset'],
    ['&#xFFFE;', 'text-charset'],
    ['&#xE000;', 'text-charset'],
    ['&#xD800;', 'text-charset'],
    ['&#x958;', 'text-nfc'],
  ])('a Markdown character reference %s in prose', (reference, rule) => {
    expect(messagesAfter('thyroid.md', SENTENCE, `${SENTENCE} क${reference}ख`)).toEqual([`thyroid.md:29:${SENTENCE.length + 3} ${rule}`]);
  });

  it('references that decode to allowed characters stay allowed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-decoded-'));
    cpSync(valid, dir, { recursive: true });
    const path = join(dir, 'thyroid.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace(SENTENCE, `${SENTENCE} &#x915;&amp;&lt; "\\u0915"`));
    const { book, files } = loadBook(dir);
    expect(files.flatMap((f) => f.messages.map((m) => m.reason))).toEqual([]);
    expect(JSON.stringify(book)).toContain('क&<');
  });
});
