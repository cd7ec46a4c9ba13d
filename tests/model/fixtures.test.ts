import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBook } from '@book/model';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const invalid = readdirSync(fixtures).filter((name) => name.startsWith('invalid-'));

describe('content fixtures', () => {
  it('loads the valid fixture with no message at all', () => {
    const { book, files } = loadBook(join(fixtures, 'valid'));
    expect(files.flatMap((file) => file.messages.map(String))).toEqual([]);
    expect(book?.chapters.map((chapter) => chapter.id)).toEqual(['overview', 'thyroid']);
  });

  it('has an invalid fixture for every kind of mistake we promise to catch', () => {
    expect(invalid.length).toBeGreaterThanOrEqual(18);
  });

  it.each(invalid)('%s: no Book, and exactly the expected positioned messages', (name) => {
    const expected = JSON.parse(readFileSync(join(fixtures, name, 'expected.json'), 'utf8'));
    const { book, files } = loadBook(join(fixtures, name));
    expect(book).toBeUndefined();
    const messages = files.flatMap((file) =>
      file.messages.map((m) => ({ file: file.path, line: m.line, column: m.column, ruleId: m.ruleId })),
    );
    expect(messages).toEqual(expected);
    for (const file of files) {
      for (const message of file.messages) {
        expect(message.fatal).toBe(true);
        expect(message.line, `${name}: every message has a line`).toBeTypeOf('number');
        expect(message.reason).toMatch(/\. [A-Z]/); // what happened. What to do.
      }
    }
  });
});
