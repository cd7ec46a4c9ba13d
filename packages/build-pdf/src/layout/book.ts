import { bookFacts, definingCells, FACT_LABELS, type FactCell, type GlandFacts } from '@book/facts-view';
import { linkResolver, type Block, type Book, type Chapter, type GlossaryEntry, type Run } from '@book/model/io';
import type { PageMap } from '@book/page-map';

export type { PageMap };
import type { FontSet } from '../pdf/text-ops.js';
import { Flow } from './flow.js';
import { A5, ascent, contentWidth, footerBaseline, headerBaseline, leading, margin, type as sizes } from './geometry.js';
import { structNode, type Form, type PageModel, type Segment, type StructNode } from './page-model.js';
import { Printed } from './printed.js';
import { table, type Cell, type CellParagraph } from './table.js';
import { figure } from './figure.js';
import { wordCount, wordMaker, type StyledText } from './words.js';

export interface TocEntry {
  title: string;
  level: 1 | 2;
  dest: string;
}

export interface BookLayout {
  pages: PageModel[];
  root: StructNode;
  pageMap: PageMap;
  toc: TocEntry[];
}

const GLOSSARY_DEST = 'glossary';
const CONTENTS_DEST = 'contents';

export function runText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}

function styled(runs: readonly Run[], bold = false): StyledText[] {
  return runs.map((r) => {
    const s: StyledText = { text: r.text, weight: bold || r.strong ? 'bold' : 'regular' };
    if (r.href) s.link = r.href;
    return s;
  });
}

const plain = (text: string, bold = false): StyledText[] => [{ text, weight: bold ? 'bold' : 'regular' }];

export function tocEntries(book: Book): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const chapter of book.chapters) {
    entries.push({ title: chapter.title, level: 1, dest: chapter.id });
    for (const block of chapter.blocks) {
      if (block.type === 'heading' && block.depth === 2) entries.push({ title: runText(block.runs), level: 2, dest: block.id });
    }
  }
  entries.push({ title: book.meta.ui.glossary, level: 1, dest: GLOSSARY_DEST });
  return entries;
}

/** The PDF's side of the model's one link resolver (the EPUB has the other): a target → its named destination. */
function linkDests(book: Book): (href: string) => string {
  const resolve = linkResolver(book);
  return (href) => {
    const target = resolve(href);
    if (!target) throw new TypeError(`link "${href}" points to no chapter, block or glossary entry of the book; the model refuses it (link-unknown), so this Book did not come from loadBook`);
    if (target.kind === 'glossary') return target.entry;
    if (target.kind === 'chapter') return target.chapter;
    return target.block; // list items and sentences have no destination of their own: their block's
  };
}

/**
 * Lays the whole book out in one pass. The contents pages leave their page numbers blank and fill them in at the
 * end, when every target has a page: a number sits in its own column, so it never moves anything else.
 */
/** `drawings`: each figure's drawing by block id (pdf/figure-ops.ts); figures of the same drawing share one Form. */
export function layoutBook(book: Book, fonts: FontSet, pdfName: string, drawings: ReadonlyMap<string, Form> = new Map()): BookLayout {
  const toc = tocEntries(book);
  const words = wordMaker();
  const flow = new Flow(fonts, linkDests(book), words.words);
  const root = structNode('Document', undefined, 'hi');
  const pageMap: PageMap = { schemaVersion: 1, pdf: pdfName, pageCount: 0, chapters: {}, blocks: {}, glossary: {}, sentences: {}, facts: {}, terms: {} };
  const printed = new Printed(flow);
  const facts = new Map(bookFacts(book).map((c) => [c.chapterId, c.glands]));

  cover(flow, book, root);
  const pendingNumbers = contents(flow, book, root, toc);
  for (const chapter of book.chapters) chapterPages(flow, book, chapter, facts.get(chapter.id) ?? [], root, pageMap, printed, drawings);
  const places = definingPlaces(book, facts);
  const definedOn = new Map<string, number>();
  for (const entry of book.glossary) {
    const { pages, defined } = termPages(entry, places.get(entry.id), printed);
    if (pages.length) pageMap.terms[entry.id] = pages;
    if (defined !== undefined) definedOn.set(entry.id, defined);
  }
  glossary(flow, book, root, pageMap, places, definedOn);
  fillPageNumbers(flow, pendingNumbers);
  for (const page of flow.pages) furniture(flow, page);
  pageMap.pageCount = flow.pages.length;
  words.done();
  return { pages: flow.pages, root, pageMap, toc };
}

function cover(flow: Flow, book: Book, root: StructNode): void {
  const { meta } = book;
  flow.newPage(null, false);
  flow.rect(0, A5.height - 250, A5.width, 250, [0.97, 0.93, 0.85]);
  flow.rect(0, A5.height - 256, A5.width, 6, [0.72, 0.42, 0.12]);
  flow.y = A5.height - 110;
  flow.paragraph(plain(meta.title, true), { size: sizes.coverTitle, node: structNode('H1', root), align: 'center' });
  if (meta.subtitle) flow.paragraph(plain(meta.subtitle), { size: 12, node: structNode('P', root), align: 'center' });
  flow.gap(6);
  flow.paragraph(plain(meta.titleEn), { size: 12, node: structNode('P', root, 'en'), align: 'center', gray: 0.35 });
  flow.y = 200;
  const line = (text: string, size = 10.5, bold = false, lang?: string): void => {
    flow.paragraph(plain(text, bold), { size, node: structNode('P', root, lang), align: 'center', gray: 0.2 });
  };
  line(meta.author, 11, true);
  line(meta.publisher);
  flow.y = 100;
  if (meta.source) line(`${meta.ui.source}: ${meta.source.title}`, 8.5);
  line(meta.license, 8.5, false, 'en');
}

/** A contents entry's page number, drawn once the page of `dest` is known. */
interface PendingNumber {
  segment: Segment;
  dest: string;
  bold: boolean;
  size: number;
  baseline: number;
}

function contents(flow: Flow, book: Book, root: StructNode, toc: TocEntry[]): PendingNumber[] {
  const pending: PendingNumber[] = [];
  flow.newPage(book.meta.ui.contents);
  flow.dest(CONTENTS_DEST);
  flow.paragraph(plain(book.meta.ui.contents, true), { size: sizes.h1, node: structNode('H1', root), align: 'left', after: 10 });
  const tocNode = structNode('TOC', root);
  const numberColumn = 34;
  for (const entry of toc) {
    const size = entry.level === 1 ? 11 : 9.5;
    const indent = entry.level === 1 ? 0 : 16;
    if (entry.level === 1) flow.gap(5);
    const item = structNode('TOCI', tocNode);
    const link = structNode('Link', item);
    const lines = flow.lines(flow.words(plain(entry.title, entry.level === 1), size), size, contentWidth - indent - numberColumn);
    const lh = leading(size);
    flow.ensure(lh * lines.length);
    const top = flow.y;
    lines.forEach((line, i) => {
      const baseline = flow.y - ascent(size);
      flow.drawLine(line, margin.left + indent, baseline, size, 0, link);
      if (i === lines.length - 1) pending.push({ segment: flow.tagged(link, ''), dest: entry.dest, bold: entry.level === 1, size, baseline });
      flow.y -= lh;
    });
    flow.page.links.push({ x: margin.left + indent, y: flow.y, w: contentWidth - indent, h: top - flow.y, dest: entry.dest, node: link });
  }
  return pending;
}

function fillPageNumbers(flow: Flow, pending: PendingNumber[]): void {
  const pageOf = new Map(flow.pages.flatMap((p) => p.dests.map((d) => [d.name, p.number] as const)));
  for (const { segment, dest, bold, size, baseline } of pending) {
    const numLine = flow.lines(flow.words(plain(String(pageOf.get(dest) ?? 0), bold), size), size)[0]!;
    segment.ops = flow.lineText(numLine, margin.left + contentWidth - numLine.width, baseline);
  }
}

function heading(flow: Flow, book: Book, text: Run[] | string, depth: 1 | 2 | 3 | 4, parent: StructNode, dest?: string, keep = 3 * leading(sizes.body)): number {
  const size = [sizes.h1, sizes.h2, sizes.h3, sizes.h4][depth - 1]!;
  const runs = typeof text === 'string' ? plain(text, true) : styled(text, true);
  if (depth > 1) {
    flow.gap(depth === 2 ? 12 : 8);
    flow.ensure(leading(size) + keep); // keep a heading with the start of what follows
  }
  if (dest) flow.dest(dest);
  void book;
  const gray = depth === 1 ? undefined : 0.12;
  const options = { size, node: structNode(`H${depth}`, parent), align: 'left' as const, after: depth === 1 ? 4 : 3 };
  return flow.paragraph(runs, gray === undefined ? options : { ...options, gray });
}

function editorialLabel(flow: Flow, book: Book, parent: StructNode): void {
  flow.ensure(leading(sizes.small) + leading(sizes.body));
  flow.paragraph(plain(book.meta.ui.editorial, true), { size: sizes.small, node: structNode('P', parent), align: 'left', gray: 0.45, bar: true, indent: 8 });
}

function block(flow: Flow, book: Book, b: Block, parent: StructNode, pageMap: PageMap, drawings: ReadonlyMap<string, Form>): void {
  if (b.type === 'figure') {
    const drawing = drawings.get(b.id);
    if (drawing === undefined) throw new TypeError(`layoutBook: no drawing for figure ${b.id}: pass figureDrawings(book)`);
    figure(flow, b, drawing, parent, pageMap);
    return;
  }
  const editorial = b.type !== 'heading' && b.editorial;
  const indent = editorial ? 8 : 0;
  if (b.type === 'heading') {
    pageMap.blocks[b.id] = heading(flow, book, b.runs as Run[], b.depth, parent, b.id);
    return;
  }
  flow.dest(b.id);
  if (editorial) editorialLabel(flow, book, parent);
  if (b.type === 'paragraph') {
    const runs: StyledText[] = [];
    const starts: { id: string; word: number }[] = [];
    let words = 0;
    for (const s of b.sentences) {
      starts.push({ id: s.id, word: words });
      const sentenceRuns = styled(s.runs as Run[]);
      words += wordCount(sentenceRuns);
      runs.push(...sentenceRuns, { text: ' ', weight: 'regular' });
    }
    const lineStarts: { word: number; page: number }[] = [];
    const first = flow.paragraph(runs, {
      size: sizes.body,
      node: structNode('P', parent),
      indent,
      bar: editorial,
      after: 7,
      onLine: (word, page) => lineStarts.push({ word, page: page.number }),
    });
    // A sentence stands on the page of the line holding its first word, and is printed on every page one of its lines is.
    // Sentences and lines both come in word order (a line's first word never decreases, and neither do its page),
    // so one pass over the lines serves all sentences: `holding` is the last line starting at or before the
    // sentence, `from` the first line reaching past its start.
    let holding = 0;
    let from = 0;
    starts.forEach((start, i) => {
      while (holding + 1 < lineStarts.length && lineStarts[holding + 1]!.word <= start.word) holding++;
      pageMap.blocks[start.id] = lineStarts[holding]!.page;
      const end = starts[i + 1]?.word ?? words;
      while (from < lineStarts.length && (lineStarts[from + 1]?.word ?? Infinity) <= start.word) from++;
      const pages: number[] = [];
      for (let j = from; j < lineStarts.length && lineStarts[j]!.word < end; j++) {
        const page = lineStarts[j]!.page;
        if (pages[pages.length - 1] !== page) pages.push(page);
      }
      pageMap.sentences[start.id] = pages;
    });
    pageMap.blocks[b.id] = first;
    return;
  }
  if (b.type === 'list') {
    const list = structNode('L', parent);
    pageMap.blocks[b.id] = flow.page.number;
    b.items.forEach((item, i) => {
      const li = structNode('LI', list);
      const label = b.ordered ? `${i + 1}.` : '•';
      const lines = flow.lines(flow.words(styled(item.runs as Run[]), sizes.body), sizes.body, contentWidth - indent - 16);
      flow.ensure(leading(sizes.body));
      if (i === 0) pageMap.blocks[b.id] = flow.page.number;
      pageMap.blocks[item.id] = flow.page.number;
      const labelLine = flow.lines(flow.words(plain(label), sizes.body), sizes.body)[0]!;
      flow.drawLine(labelLine, margin.left + indent + 12 - labelLine.width, flow.y - ascent(sizes.body), sizes.body, 0, structNode('Lbl', li), 0.4);
      flow.setLines(lines, { size: sizes.body, node: structNode('LBody', li), indent: indent + 16, align: 'left', bar: editorial });
    });
    flow.gap(7);
    return;
  }
  const header: Cell[] = b.header.map((c) => [{ runs: styled(c as Run[], true) }]);
  const rows: Cell[][] = b.rows.map((r) => r.map((c) => [{ runs: styled(c as Run[]) }]));
  flow.ensure(leading(sizes.table) * 3);
  pageMap.blocks[b.id] = flow.page.number;
  table(flow, { columns: header.map(() => 1 / header.length), header, rows, parent, size: sizes.table });
  flow.gap(9);
}

/** Room a table needs below its heading: the header row and a typical first row. */
const TABLE_START = 12 * leading(sizes.table);
const GLOSS_GRAY = 0.38;

/** Where a fact is printed, for glossary links: a named destination per defining cell. */
const factDest = (cellId: string): string => `fact:${cellId}`;

/** A fact's Hindi as one paragraph after its label; its English as a grey /Lang en paragraph below. */
function factParagraphs(cell: FactCell, ui: Book['meta']['ui'], withLabel: boolean): CellParagraph[] {
  const hi = cell.texts.map((t) => (t.editorial ? `${t.hi} (${ui.editorial})` : t.hi)).join('; ');
  const en = cell.texts.flatMap((t) => (t.en ? [t.en] : [])).join('; ');
  const bar = cell.editorial === true;
  const out: CellParagraph[] = [];
  const id = cell.id;
  if (bar) out.push({ runs: plain(ui.editorial, true), gray: 0.45, bar, id });
  out.push({ runs: withLabel ? [{ text: `${cell.label}: `, weight: 'bold' }, { text: hi, weight: 'regular' }] : plain(hi, true), bar, id });
  if (en) out.push({ runs: plain(en), gray: GLOSS_GRAY, lang: 'en', bar, id });
  return out;
}

/**
 * A gland's facts as @book/facts-view decides them: its name, labelled lines for the gland itself, then one table
 * per kind of fact with the name in the first column and every other fact as a labelled paragraph beside it.
 */
function glandFacts(flow: Flow, book: Book, facts: GlandFacts, parent: StructNode, pageMap: PageMap, printed: Printed): void {
  const { ui } = book.meta;
  const title = facts.title;
  printed.during(title.id, () => {
    pageMap.facts[title.id] = [heading(flow, book, title.texts[0]!.hi, 3, parent, factDest(title.id), 5 * leading(sizes.body))];
    const en = title.texts[0]!.en;
    if (en) flow.paragraph(plain(en), { size: sizes.small, node: structNode('P', parent, 'en'), align: 'left', gray: GLOSS_GRAY, after: 3 });
  });
  for (const cell of facts.about.filter((c) => c.texts.length)) {
    printed.during(cell.id, () => {
      flow.ensure(2 * leading(sizes.body));
      flow.dest(factDest(cell.id));
      const first = flow.page.number;
      for (const p of factParagraphs(cell, ui, true)) {
        const options = { size: p.lang ? sizes.small : sizes.body, node: structNode('P', parent, p.lang), align: 'left' as const, indent: p.bar ? 8 : 0, bar: p.bar === true, after: p.lang ? 3 : 1 };
        flow.paragraph(p.runs, p.gray === undefined ? options : { ...options, gray: p.gray });
      }
      // A labelled fact is printed on every page from its first line to its last.
      pageMap.facts[cell.id] = Array.from({ length: flow.page.number - first + 1 }, (_, i) => first + i);
    });
  }
  for (const spec of facts.tables) {
    flow.gap(4);
    heading(flow, book, spec.title, 4, parent, undefined, TABLE_START);
    table(flow, {
      parent,
      size: sizes.table,
      columns: [0.32, 0.68],
      header: [spec.columns[0]!, FACT_LABELS.details].map((t) => [{ runs: plain(t, true) }]),
      rows: spec.rows.map((row) => [factParagraphs(row.head, ui, false), row.cells.filter((c) => c.texts.length).flatMap((c) => factParagraphs(c, ui, true))]),
      onRow: (i, page) => {
        const row = spec.rows[i]!;
        printed.set(row.head.id);
        flow.dest(factDest(row.head.id));
        // A cell with nothing to print stands at the row's start; printed cells get their pages from onPrinted.
        for (const cell of [row.head, ...row.cells]) pageMap.facts[cell.id] = [page];
      },
      onPrinted: (pages) => {
        for (const [id, onPages] of pages) pageMap.facts[id] = onPages;
      },
    });
    printed.set(undefined);
    flow.gap(9);
  }
}

function chapterPages(
  flow: Flow,
  book: Book,
  chapter: Chapter,
  facts: GlandFacts[],
  root: StructNode,
  pageMap: PageMap,
  printed: Printed,
  drawings: ReadonlyMap<string, Form>,
): void {
  flow.newPage(chapter.title);
  flow.page.outline.push({ title: chapter.title, level: 1, dest: chapter.id });
  flow.y -= 18;
  pageMap.chapters[chapter.id] = heading(flow, book, chapter.title, 1, root, chapter.id);
  flow.paragraph(plain(chapter.titleEn), { size: 11, node: structNode('P', root, 'en'), align: 'left', gray: 0.4, after: 6 });
  flow.rule(margin.left, flow.y + 2, 60, 2, 0.45);
  flow.gap(12);
  for (const b of chapter.blocks) {
    if (b.type === 'heading' && b.depth === 2) {
      flow.gap(0);
    }
    printed.during(b.id, () => block(flow, book, b, root, pageMap, drawings));
    if (b.type === 'heading' && b.depth === 2) {
      const page = flow.pages[pageMap.blocks[b.id]! - 1]!; // page n is pages[n - 1]
      page.outline.push({ title: runText(b.runs as Run[]), level: 2, dest: b.id });
    }
  }
  for (const gland of facts) glandFacts(flow, book, gland, root, pageMap, printed);
}

/** Where each glossary entry is defined: the fact cell naming a gland, part, hormone or disorder; a term's first use in its chapter. */
interface Place {
  /** The key its text was printed under (see Printed). */
  key: string;
  dest: string;
}

function definingPlaces(book: Book, facts: Map<string, GlandFacts[]>): Map<string, Place> {
  const places = new Map<string, Place>();
  for (const chapter of book.chapters) {
    chapter.glands.forEach((gland, i) => {
      for (const [id, cell] of definingCells(facts.get(chapter.id)![i]!, gland)) places.set(id, { key: cell, dest: factDest(cell) });
    });
  }
  for (const entry of book.glossary) {
    if (places.has(entry.id)) continue;
    const use = entry.uses.find((u) => u.chapter === entry.chapter) ?? entry.uses[0];
    places.set(entry.id, use ? { key: use.block, dest: use.block } : { key: entry.chapter, dest: entry.chapter });
  }
  return places;
}

/**
 * Pages printing the entry's term: its defining place first, then its uses in reading order, each page once; and
 * the page it is defined on, when the term is printed there.
 */
function termPages(entry: GlossaryEntry, place: Place | undefined, printed: Printed): { pages: number[]; defined?: number } {
  const forms = [entry.name.hi, ...(entry.name.aliases ?? [])];
  const defined = place ? printed.pagesWith(place.key, forms)[0] : undefined;
  const pages: number[] = defined === undefined ? [] : [defined];
  for (const key of entry.uses.map((u) => u.block)) {
    const page = printed.pagesWith(key, forms)[0];
    if (page !== undefined && !pages.includes(page)) pages.push(page);
  }
  return defined === undefined ? { pages } : { pages, defined };
}

/**
 * A glossary entry's page numbers as a reader looks them up: ascending, the page the term is defined on in bold (the
 * page map keeps that page first, for the decks' citations).
 */
export function glossaryNumbers(pages: readonly number[], defined: number | undefined): StyledText[] {
  return [...new Set(pages)]
    .sort((a, b) => a - b)
    .flatMap((page, i) => [...(i ? plain(', ') : []), ...plain(String(page), page === defined)]);
}

function glossary(flow: Flow, book: Book, root: StructNode, pageMap: PageMap, places: Map<string, Place>, definedOn: ReadonlyMap<string, number>): void {
  flow.newPage(book.meta.ui.glossary);
  flow.page.outline.push({ title: book.meta.ui.glossary, level: 1, dest: GLOSSARY_DEST });
  flow.y -= 18;
  heading(flow, book, book.meta.ui.glossary, 1, root, GLOSSARY_DEST);
  flow.gap(6);
  flow.paragraph(plain(book.meta.ui.glossaryLegend), { size: sizes.small, node: structNode('P', root), align: 'left', gray: GLOSS_GRAY, after: 6 });
  const lh = leading(sizes.body);
  const lhEn = leading(sizes.small);
  for (const entry of book.glossary) {
    // The whole entry (term, English, pages where the term is printed) is one link to where the term is defined.
    const node = structNode('P', root);
    const link = structNode('Link', node);
    const pages = pageMap.terms[entry.id] ?? [];
    const numLine = pages.length ? flow.lines(flow.words(glossaryNumbers(pages, definedOn.get(entry.id)), sizes.body), sizes.body)[0]! : undefined;
    const numWidth = numLine ? numLine.width + 10 : 0;
    // The book's word in bold (marked where the editors added it), the textbooks' words and the English below.
    const term: StyledText[] = [...plain(entry.name.hi, true), ...(entry.from === 'editorial' ? plain(` · ${book.meta.ui.editorial}`) : [])];
    const lines = flow.lines(flow.words(term, sizes.body), sizes.body, contentWidth - numWidth);
    const textbook = entry.name.textbook ? `${book.meta.ui.textbook}: ${entry.name.textbook.join(', ')}` : undefined;
    const tbLines = textbook ? flow.lines(flow.words(plain(textbook), sizes.small), sizes.small, contentWidth - 12) : [];
    const enLines = flow.lines(flow.words(plain(entry.name.en), sizes.small), sizes.small, contentWidth - 12);
    flow.ensure(lh * lines.length + lhEn * (tbLines.length + enLines.length));
    flow.dest(entry.id);
    pageMap.glossary[entry.id] = flow.page.number;
    const top = flow.y;
    lines.forEach((line, i) => {
      const baseline = flow.y - ascent(sizes.body);
      flow.drawLine(line, margin.left, baseline, sizes.body, 0, link);
      if (i === 0 && numLine) flow.drawLine(numLine, margin.left + contentWidth - numLine.width, baseline, sizes.body, 0, link, 0.4);
      flow.y -= lh;
    });
    for (const line of tbLines) {
      flow.drawLine(line, margin.left + 12, flow.y - ascent(sizes.small), sizes.small, 0, link);
      flow.y -= lhEn;
    }
    const en = structNode('Span', link, 'en');
    for (const line of enLines) {
      flow.drawLine(line, margin.left + 12, flow.y - ascent(sizes.small), sizes.small, 0, en, GLOSS_GRAY);
      flow.y -= lhEn;
    }
    flow.page.links.push({ x: margin.left, y: flow.y, w: contentWidth, h: top - flow.y, dest: places.get(entry.id)?.dest ?? entry.chapter, node: link });
    flow.gap(3);
  }
}

/** Running header (chapter title) and footer (page number) as pagination artifacts. */
function furniture(flow: Flow, page: PageModel): void {
  const size = sizes.small;
  const lineOf = (text: string) => flow.lines(flow.words(plain(text), size), size)[0]!;
  flow.pagination = true;
  flow.withPage(page, () => {
    if (page.header) {
      const line = lineOf(page.header);
      flow.drawLine(line, margin.left + (contentWidth - line.width) / 2, headerBaseline, size, 0, null, 0.4);
      flow.rule(margin.left, headerBaseline - 6, contentWidth, 0.4, 0.7);
    }
    if (page.footer) {
      const line = lineOf(String(page.number));
      flow.drawLine(line, margin.left + (contentWidth - line.width) / 2, footerBaseline, size, 0, null, 0.3);
    }
  });
  flow.pagination = false;
}
