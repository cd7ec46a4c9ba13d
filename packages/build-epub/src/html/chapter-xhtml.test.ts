import { bookFacts } from '@book/facts-view';
import { keepBetweenBuilds } from '@book/kept-files';
import type { Book } from '@book/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureBook } from '../../../../tests/fixtures/book.js';
import { chapterSerializer } from './chapter-xhtml.js';
import { createLinker } from './links.js';

/** One build's chapter documents, as buildEpub serialises them. */
function serialize(book: Book) {
  const facts = bookFacts(book);
  const chapters = chapterSerializer(createLinker(book));
  const documents = book.chapters.map((chapter, i) => chapters.xhtml(chapter, facts[i]!.glands, book.meta.ui));
  chapters.done();
  return documents;
}

describe('chapterSerializer', () => {
  beforeAll(() => keepBetweenBuilds(true));
  afterAll(() => keepBetweenBuilds(false));

  it("reuses the last build's document of a chapter that did not change, and makes a changed one again", () => {
    const first = serialize(structuredClone(fixtureBook));
    const edited = structuredClone(fixtureBook);
    edited.chapters[1]!.title = `${edited.chapters[1]!.title} (नया)`;
    const second = serialize(edited);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]!.xhtml).toContain('(नया)');
  });

  it('keeps nothing while keepBetweenBuilds is off (a command that builds once): each build makes every chapter', () => {
    keepBetweenBuilds(false);
    try {
      const first = serialize(structuredClone(fixtureBook));
      const second = serialize(structuredClone(fixtureBook));
      expect(second[0]).not.toBe(first[0]);
      expect(second[0]).toEqual(first[0]);
    } finally {
      keepBetweenBuilds(true);
    }
  });
});
