import { bookFacts, factCells } from '@book/facts-view';
import type { Book } from '@book/model';

/** A page map with every chapter, block and sentence of `book` on made-up pages, for tests that run before the PDF build. */
export function syntheticPageMap(book: Book) {
  const chapters: Record<string, number> = {};
  const blocks: Record<string, number> = {};
  const facts: Record<string, number> = {};
  const views = bookFacts(book);
  let page = 3;
  for (const [index, chapter] of book.chapters.entries()) {
    chapters[chapter.id] = page;
    for (const cell of views[index]!.glands.flatMap(factCells)) facts[cell.id] = page;
    chapter.blocks.forEach((block, i) => {
      const p = page + Math.floor(i / 4);
      blocks[block.id] = p;
      if (block.type === 'paragraph') for (const s of block.sentences) blocks[s.id] = p;
    });
    page += 1 + Math.floor(chapter.blocks.length / 4);
  }
  return { schemaVersion: 1 as const, pdf: `${book.meta.id}.pdf`, pageCount: page, chapters, blocks, glossary: {}, sentences: {}, facts, terms: {} };
}
