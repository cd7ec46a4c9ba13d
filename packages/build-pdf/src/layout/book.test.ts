import { describe, expect, it } from 'vitest';
import { fixtureBook, fixtureGland, withHormones, withLongEffect } from '../../../../tests/fixtures/book.js';
import { ClusterFont } from '../font/cluster-font.js';
import type { FontSet } from '../pdf/text-ops.js';
import { shape } from '../shaping/shaper.js';
import { glossaryNumbers, layoutBook, tocEntries } from './book.js';
import { isSlot, type StructNode } from './page-model.js';

function layout() {
  const regular = new ClusterFont('regular', shape('regular', ' ')[0]!.gid);
  const bold = new ClusterFont('bold', shape('bold', ' ')[0]!.gid);
  const fonts: FontSet = { get: (w) => (w === 'bold' ? { font: bold, resourceName: 'F2' } : { font: regular, resourceName: 'F1' }) };
  return layoutBook(fixtureBook, fonts, 'endocrine-system.pdf');
}

const types = (node: StructNode): string[] => [node.type, ...node.kids.flatMap((k) => (isSlot(k) ? [] : types(k)))];

describe('layoutBook', () => {
  const result = layout();
  const { pageMap, pages } = result;

  it('maps every block, sentence and list item to a page, in reading order', () => {
    const ids = fixtureBook.chapters.flatMap((c) =>
      c.blocks.flatMap((b) => [b.id, ...(b.type === 'paragraph' ? b.sentences.map((s) => s.id) : b.type === 'list' ? b.items.map((i) => i.id) : [])]),
    );
    expect(Object.keys(pageMap.blocks).sort()).toEqual([...ids].sort());
    const inOrder = ids.map((id) => pageMap.blocks[id]!);
    expect(inOrder).toEqual([...inOrder].sort((a, b) => a - b));
    expect(pageMap).toMatchObject({ schemaVersion: 1, pdf: 'endocrine-system.pdf', pageCount: pages.length });
  });

  it('starts each chapter on a new page after the cover and contents, and ends with the glossary', () => {
    expect(pageMap.chapters).toEqual({ overview: 3, pituitary: 4 });
    expect(Object.keys(pageMap.glossary)).toEqual(fixtureBook.glossary.map((g) => g.id));
    for (const page of Object.values(pageMap.glossary)) expect(page).toBeGreaterThan(pageMap.chapters.pituitary!);
  });

  it('leaves the cover without running header or page number and gives every other page both', () => {
    expect(pages[0]).toMatchObject({ header: null, footer: false });
    for (const page of pages.slice(1)) expect(page.footer && page.header !== null).toBe(true);
  });

  it('lists chapters, their level-2 headings and the glossary in the TOC and the outline alike', () => {
    const toc = tocEntries(fixtureBook);
    expect(toc.map((e) => e.dest)).toEqual(['overview', 'overview/h1', 'pituitary', 'pituitary/h1', 'glossary']);
    expect(pages.flatMap((p) => p.outline.map((o) => o.dest))).toEqual(toc.map((e) => e.dest));
    const destPage = new Map(pages.flatMap((p) => p.dests.map((d) => [d.name, p.number] as const)));
    const tocLinks = pages[1]!.links.map((l) => l.dest);
    expect(tocLinks).toEqual(toc.map((e) => e.dest));
    for (const dest of tocLinks) expect(destPage.has(dest)).toBe(true);
  });

  it('builds a structure tree with headings, paragraphs, lists, tables and links', () => {
    const all = new Set(types(result.root));
    for (const t of ['Document', 'H1', 'H2', 'H3', 'P', 'L', 'LI', 'LBody', 'Table', 'TR', 'TH', 'TD', 'Link', 'TOC', 'TOCI']) expect(all).toContain(t);
  });

  it('marks the editorial paragraph with its label', () => {
    const editorialPage = pages.find((p) => p.number === pageMap.blocks['overview/p2'])!;
    // A bar (artifact rectangle) runs beside the label and every line of the paragraph.
    const bars = editorialPage.segments.filter((s) => s.node === null && /2\.2 [\d.]+ re f$/.test(s.ops));
    const lines = editorialPage.segments.filter((s) => s.node?.type === 'P' && s.ops.includes(' TJ')).length;
    expect(bars.length).toBeGreaterThanOrEqual(2);
    expect(bars.length).toBeLessThan(lines);
  });
});

describe('running header and footer', () => {
  it('are pagination artifacts, while decoration is a layout artifact', () => {
    const { pages } = layout();
    const page = pages[3]!;
    const kinds = new Set(page.segments.filter((s) => s.node === null).map((s) => s.artifact));
    expect(kinds).toEqual(new Set(['Pagination', 'Layout']));
    expect(pages[0]!.segments.some((s) => s.artifact === 'Pagination')).toBe(false);
  });
});

describe('tagging of the facts tables and the glossary', () => {
  // Twenty hormones: the hormone table runs over a page break and repeats its header row there.
  const book = withHormones(20);
  const gland = fixtureGland(book);
  const regular = new ClusterFont('regular', shape('regular', ' ')[0]!.gid);
  const bold = new ClusterFont('bold', shape('bold', ' ')[0]!.gid);
  const fonts: FontSet = { get: (w) => (w === 'bold' ? { font: bold, resourceName: 'F2' } : { font: regular, resourceName: 'F1' }) };
  const { root, pages, pageMap } = layoutBook(book, fonts, 'x.pdf');

  /** Every tagged segment with the structure types and languages above it. */
  const chains = new Map<unknown, { types: string[]; langs: string[] }>();
  const walk = (node: StructNode, types: string[], langs: string[]): void => {
    const t = [...types, node.type];
    const l = node.lang ? [...langs, node.lang] : langs;
    for (const kid of node.kids) {
      if (isSlot(kid)) chains.set(kid, { types: t, langs: l });
      else walk(kid, t, l);
    }
  };
  walk(root, [], []);
  const tagged = pages.flatMap((page) => page.segments.filter((s) => s.node).map((s) => ({ page: page.number, segment: s, ...chains.get(s.slot)! })));

  it('tags a table header row once; the header repeated on a continuation page is a pagination artifact', () => {
    const tables = [] as StructNode[];
    const find = (node: StructNode): void => {
      if (node.type === 'Table') tables.push(node);
      for (const kid of node.kids) if (!isSlot(kid)) find(kid);
    };
    find(root);
    // The hormone table: a header row and one row per hormone.
    const hormoneTable = tables.find((t) => t.kids.length === 1 + gland.hormones!.length)!;
    const pagesOf = new Set(tagged.filter((s) => s.types.includes('Table') && s.segment.text?.includes('Growth')).map((s) => s.page));
    expect(pagesOf.size, 'the hormone table spans two pages').toBeGreaterThan(1);
    for (const table of tables) {
      const headerRows = table.kids.filter((tr) => !isSlot(tr) && tr.kids.some((cell) => !isSlot(cell) && cell.type === 'TH'));
      expect(headerRows).toHaveLength(1);
    }
    expect(hormoneTable).toBeDefined();
  });

  it('gives every English line of the tables and the glossary /Lang en', () => {
    const glossaryStart = Math.min(...Object.values(pageMap.glossary));
    const english = tagged.filter((s) => (s.types.includes('Table') || s.page >= glossaryStart) && /[A-Za-z]/.test(s.segment.text ?? '') && !/[\u0900-\u097F]/.test(s.segment.text ?? ''));
    expect(english.length).toBeGreaterThan(book.glossary.length + gland.hormones!.length);
    expect(english.filter((s) => s.langs.at(-1) !== 'en').map((s) => s.segment.text)).toEqual([]);
  });
});

describe('a facts-table row taller than a page', () => {
  // The first hormone's effect: 600 sentences of one word that occurs nowhere else, so its pages can be counted.
  const MARK = 'अतिदीर्घप्रभाव';
  const book = withLongEffect(Array.from({ length: 600 }, (_, i) => `${MARK} ${i + 1}।`).join(' '));
  const hormone = fixtureGland(book).hormones![0]!;
  const regular = new ClusterFont('regular', shape('regular', ' ')[0]!.gid);
  const bold = new ClusterFont('bold', shape('bold', ' ')[0]!.gid);
  const fonts: FontSet = { get: (w) => (w === 'bold' ? { font: bold, resourceName: 'F2' } : { font: regular, resourceName: 'F1' }) };
  const { pages, pageMap } = layoutBook(book, fonts, 'x.pdf');
  const drawnOn = pages.filter((p) => p.segments.some((s) => s.text?.includes(MARK))).map((p) => p.number);

  it('is recorded in the page map on every page it lands on, not only its first', () => {
    expect(drawnOn.length, 'the row is split over several pages').toBeGreaterThan(2);
    expect(pageMap.facts[`${hormone.id}/effect`]).toEqual(drawnOn);
  });

  it('gives a cell of the row that ends on the first page that page alone', () => {
    expect(pageMap.facts[`${hormone.id}/name`]).toEqual([drawnOn[0]]);
    expect(pageMap.facts[`${hormone.id}/part`]).toEqual([drawnOn[0]]);
  });
});

describe('a paragraph of many sentences over several pages', () => {
  // 900 sentences of one word each, every word its own, so the pages a sentence is drawn on can be read off the pages.
  const word = (i: number): string => `वाक्य${String(i).replace(/\d/g, (d) => String.fromCharCode(0x966 + Number(d)))}।`;
  const chapter = fixtureBook.chapters[0]!;
  const paragraph = {
    type: 'paragraph' as const,
    id: `${chapter.id}/many`,
    editorial: false,
    sentences: Array.from({ length: 900 }, (_, i) => ({ id: `${chapter.id}/many/s${i + 1}`, runs: [{ text: `${i ? ' ' : ''}${word(i + 1)}` }] })),
  };
  const book = { ...fixtureBook, chapters: [{ ...chapter, blocks: [...chapter.blocks, paragraph] }, ...fixtureBook.chapters.slice(1)] };
  const regular = new ClusterFont('regular', shape('regular', ' ')[0]!.gid);
  const bold = new ClusterFont('bold', shape('bold', ' ')[0]!.gid);
  const fonts: FontSet = { get: (w) => (w === 'bold' ? { font: bold, resourceName: 'F2' } : { font: regular, resourceName: 'F1' }) };
  const { pages, pageMap } = layoutBook(book as typeof fixtureBook, fonts, 'x.pdf');

  it('gives each sentence the pages its words are drawn on, and the first of them as its page', () => {
    const drawnOn = (text: string): number[] => pages.filter((p) => p.segments.some((s) => s.text?.split(' ').includes(text))).map((p) => p.number);
    expect(new Set(paragraph.sentences.map((s) => pageMap.sentences[s.id]![0])).size, 'the paragraph spans several pages').toBeGreaterThan(2);
    for (const [i, sentence] of paragraph.sentences.entries()) {
      const pagesOf = drawnOn(word(i + 1));
      expect(pageMap.sentences[sentence.id], sentence.id).toEqual(pagesOf);
      expect(pageMap.blocks[sentence.id], sentence.id).toBe(pagesOf[0]);
    }
  });
});

describe('glossaryNumbers', () => {
  it('prints a term\'s pages in ascending order, the page it is defined on in bold', () => {
    // The page map keeps the defining page first (10), then the uses in reading order.
    const runs = glossaryNumbers([10, 3, 4, 26], 10);
    expect(runs.map((r) => r.text).join('')).toBe('3, 4, 10, 26');
    expect(runs.filter((r) => r.weight === 'bold').map((r) => r.text)).toEqual(['10']);
  });

  it('prints no page in bold when the term is not printed where it is defined', () => {
    expect(glossaryNumbers([7, 2], undefined).every((r) => r.weight === 'regular')).toBe(true);
    expect(glossaryNumbers([7, 2], undefined).map((r) => r.text).join('')).toBe('2, 7');
  });
});
