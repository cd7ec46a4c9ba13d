import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadBook } from '@book/model';
import { bookFacts, namesById } from './index.js';

// The real content: the kind word of every disorder, as the PDF and EPUB tables print it and the deck asks it.
const { book } = loadBook(fileURLToPath(new URL('../../../content', import.meta.url)));
if (!book) throw new Error('content/ does not load: run npm run validate');

describe('a disorder’s kind', () => {
  it('is too much or too little (अधिकता, कमी) of a hormone, over- or underactivity (ui.hyper, ui.hypo) of a gland or part', () => {
    const names = namesById(book);
    const disorders = book.chapters.flatMap((c) => c.glands.flatMap((g) => g.disorders ?? []));
    const kindCells = new Map(
      bookFacts(book).flatMap((c) => c.glands.flatMap((g) => g.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.filter((x) => x.id.endsWith('/kind')).map((x) => [r.id, x.texts.map((t) => t.hi).join(' ')] as const))))),
    );
    const ui = book.meta.ui;
    const ofKinds = new Set<string>();
    for (const d of disorders) {
      const of = names.get(d.of)!.kind;
      ofKinds.add(of);
      const expected = d.kind === 'other' ? ui.other : of === 'hormone' ? { hyper: 'अधिकता', hypo: 'कमी' }[d.kind] : ui[d.kind];
      expect(kindCells.get(d.id), d.id).toBe(expected);
    }
    expect([...ofKinds].sort()).toEqual(expect.arrayContaining(['gland', 'hormone']));
  });
});
