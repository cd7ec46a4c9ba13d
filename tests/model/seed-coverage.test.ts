import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBook, type Block } from '@book/model';

const content = join(import.meta.dirname, '..', '..', 'content');
const seed = readFileSync(join(content, 'source', 'endocrine-system.hi.txt'), 'utf8');

/** Words only: punctuation and spacing differences are not content. */
const words = (text: string) =>
  text
    .replace(/[।॥,;:?!()"'‘’“”\-–—]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);

function prose(blocks: Block[]): string[] {
  return blocks.flatMap((block) => {
    if (block.type === 'paragraph' && !block.editorial) return block.sentences.map((s) => s.runs.map((r) => r.text).join(''));
    if (block.type === 'list' && !block.editorial) return block.items.map((item) => item.runs.map((r) => r.text).join(''));
    return [];
  });
}

describe('seed coverage', () => {
  const { book } = loadBook(content);
  if (!book) throw new Error('content/ does not load; run npm run validate');
  const corrected = book.errata.reduce((text, erratum) => text.replaceAll(erratum.original, erratum.corrected), seed);
  const seedSentences = corrected
    .split('\n')
    .flatMap((line) => line.split(/(?<=[।?!])\s+/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => words(sentence).length > 0);
  const bookWords = words(book.chapters.flatMap((chapter) => prose(chapter.blocks)).join(' '));

  it('every erratum applies to the seed (no stale corrections)', () => {
    for (const erratum of book.errata) expect(seed, erratum.original).toContain(erratum.original);
  });

  it('every sentence of the seed, corrected by the errata, stands in the prose in the seed order', () => {
    let from = 0;
    const missing: string[] = [];
    for (const sentence of seedSentences) {
      const needle = words(sentence);
      const at = indexOfRun(bookWords, needle, from);
      if (at === -1) missing.push(sentence);
      else from = at + needle.length;
    }
    expect(missing).toEqual([]);
    expect(seedSentences.length).toBe(91); // the seed as shipped in content/source
  });

  it('the prose outside editorial blocks adds nothing to the seed but headings', () => {
    const seedWords = words(seedSentences.join(' '));
    expect(bookWords.length).toBe(seedWords.length);
  });
});

function indexOfRun(haystack: string[], needle: string[], from: number): number {
  outer: for (let i = from; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
