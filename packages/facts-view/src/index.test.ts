import { describe, expect, it } from 'vitest';
import type { Book } from '@book/model';
import { fixtureBook } from '../../../tests/fixtures/book.js';
import { bookFacts, definingCells, factCells, FACT_LABELS } from './index.js';

const ui = fixtureBook.meta.ui;

describe('bookFacts', () => {
  const [overview, pituitary] = bookFacts(fixtureBook);
  const gland = pituitary!.glands[0]!;

  it('gives every chapter its glands, each with its name, location and parts, then a hormone and a disorder table', () => {
    expect(overview!.glands).toEqual([]);
    expect(gland.title).toEqual({ id: 'pituitary-gland/name', label: 'ग्रंथि', texts: [{ hi: 'पीयूषिका ग्रंथि', en: 'Pituitary gland' }] });
    expect(gland.about.map((c) => [c.id, c.label])).toEqual([
      ['pituitary-gland/location', ui.location],
      ['pituitary-gland/parts', ui.part],
    ]);
    expect(gland.tables.map((t) => t.title)).toEqual([`${ui.hormones}: पीयूषिका ग्रंथि`, `${ui.disorders}: पीयूषिका ग्रंथि`]);
  });

  it('lines every row up with its table columns, in the same order, and names what a disorder is of', () => {
    for (const table of gland.tables) {
      for (const row of table.rows) expect([row.head, ...row.cells].map((c) => c.label)).toEqual(table.columns);
    }
    const hormones = gland.tables[0]!;
    expect(hormones.rows[0]!.cells.map((c) => c.id)).toEqual(['gh/part', 'gh/effect', 'gh/regulation', 'gh/regulated-by']);
    expect(hormones.rows[0]!.cells[1]!.texts).toEqual([{ hi: 'शरीर की वृद्धि को प्रेरित करता है।', en: 'Stimulates growth.' }]);
    const gigantism = gland.tables[1]!.rows[0]!;
    expect(gigantism.cells.find((c) => c.id === 'gigantism/of')!.texts).toEqual([{ hi: 'वर्धक हार्मोन', en: 'Growth hormone' }]);
    expect(gigantism.cells.find((c) => c.id === 'gigantism/signs')!.texts.map((t) => t.hi)).toEqual(['शरीर की अतिवृद्धि', 'लंबे हाथ-पैर']);
  });

  it('resolves "regulated by" to the regulating hormones\' names, and refuses an id the Book lacks', () => {
    const book = structuredClone(fixtureBook) as Book;
    const [gh, tsh] = book.chapters[1]!.glands[0]!.hormones!;
    tsh!.regulatedBy = ['gh'];
    const row = bookFacts(book)[1]!.glands[0]!.tables[0]!.rows[1]!;
    expect(row.cells.find((c) => c.id === 'tsh/regulated-by')!.texts).toEqual([{ hi: gh!.name.hi, en: gh!.name.en }]);
    tsh!.regulatedBy = ['nothing'];
    expect(() => bookFacts(book)).toThrow(/"tsh" refers to "nothing"/);
  });

  it('marks a cell editorial when what it prints comes from the editors (`from: editorial`)', () => {
    const book = structuredClone(fixtureBook) as Book;
    const gh = book.chapters[1]!.glands[0]!.hormones![0]!;
    Object.assign(gh.effect, { from: 'editorial' });
    const cells = factCells(bookFacts(book)[1]!.glands[0]!);
    expect(cells.filter((c) => c.editorial).map((c) => c.id)).toEqual(['gh/effect']);
  });

  it('says where each gland, part, hormone and disorder is defined', () => {
    const source = fixtureBook.chapters[1]!.glands[0]!;
    const at = definingCells(gland, source);
    // A gland, hormone or disorder at its name cell; a part in the gland's parts cell.
    expect(Object.fromEntries(at)).toEqual({
      'pituitary-gland': 'pituitary-gland/name',
      ...Object.fromEntries(source.parts!.map((p) => [p.id, 'pituitary-gland/parts'])),
      ...Object.fromEntries([...source.hormones!, ...source.disorders!].map((x) => [x.id, `${x.id}/name`])),
    });
    expect(at.size).toBe(1 + source.parts!.length + source.hormones!.length + source.disorders!.length);
  });
});
