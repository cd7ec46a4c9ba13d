import type { Block, Book, Chapter, Gland, Run } from '@book/model';
import type { PageMap } from '@book/page-map';

export type { PageMap };
import type { FontSet } from '../pdf/text-ops.js';
import { Flow } from './flow.js';
import { A5, ascent, contentWidth, footerBaseline, headerBaseline, leading, margin, type as sizes } from './geometry.js';
import { structNode, type PageModel, type Segment, type StructNode } from './page-model.js';
import { table, type Cell } from './table.js';
import { figure } from './figure.js';
import type { StyledText } from './words.js';

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

function knownDests(book: Book): Set<string> {
  const names = new Set<string>([GLOSSARY_DEST, CONTENTS_DEST]);
  for (const chapter of book.chapters) {
    names.add(chapter.id);
    for (const block of chapter.blocks) names.add(block.id);
  }
  for (const entry of book.glossary) names.add(entry.id);
  return names;
}

/**
 * Lays the whole book out in one pass. The contents pages leave their page numbers blank and fill them in at the
 * end, when every target has a page: a number sits in its own column, so it never moves anything else.
 */
/** `drawings`: each figure's vector operators by block id (pdf/figure-ops.ts). */
export function layoutBook(book: Book, fonts: FontSet, pdfName: string, drawings: ReadonlyMap<string, string> = new Map()): BookLayout {
  const toc = tocEntries(book);
  const flow = new Flow(fonts, knownDests(book));
  const root = structNode('Document', undefined, 'hi');
  const pageMap: PageMap = { schemaVersion: 1, pdf: pdfName, pageCount: 0, chapters: {}, blocks: {}, glossary: {} };

  cover(flow, book, root);
  const pendingNumbers = contents(flow, book, root, toc);
  for (const chapter of book.chapters) chapterPages(flow, book, chapter, root, pageMap, drawings);
  glossary(flow, book, root, pageMap);
  fillPageNumbers(flow, pendingNumbers);
  for (const page of flow.pages) furniture(flow, page);
  pageMap.pageCount = flow.pages.length;
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

function block(flow: Flow, book: Book, b: Block, parent: StructNode, pageMap: PageMap, drawings: ReadonlyMap<string, string>): void {
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
      words += flow.words(sentenceRuns, sizes.body).length;
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
    // A sentence stands on the page of the line holding its first word.
    for (const start of starts) {
      const line = lineStarts.filter((l) => l.word <= start.word).at(-1) ?? lineStarts[0]!;
      pageMap.blocks[start.id] = line.page;
    }
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

function nameCell(name: { hi: string; en: string }, extra?: string): Cell {
  return [{ runs: plain(name.hi, true) }, { runs: plain(extra ? `${name.en} (${extra})` : name.en), gray: 0.38 }];
}

function textCell(text: { hi: string; en?: string }): Cell {
  return text.en ? [{ runs: plain(text.hi) }, { runs: plain(text.en), gray: 0.38 }] : [{ runs: plain(text.hi) }];
}

/** Room a table needs below its heading: the header row and a typical first row. */
const TABLE_START = 7 * leading(sizes.table);

function glandTables(flow: Flow, book: Book, gland: Gland, parent: StructNode): void {
  const { ui } = book.meta;
  const parts = new Map((gland.parts ?? []).map((p) => [p.id, p.name]));
  if (gland.hormones?.length) {
    heading(flow, book, `${ui.hormones}: ${gland.name.hi}`, 3, parent, undefined, TABLE_START);
    table(flow, {
      parent,
      size: sizes.table,
      columns: [0.34, 0.22, 0.44],
      header: [ui.hormone, ui.part, ui.effect].map((t) => [{ runs: plain(t, true) }]),
      rows: gland.hormones.map((h) => {
        const part = h.part ? parts.get(h.part) : undefined;
        return [nameCell(h.name, h.abbr), part ? nameCell(part) : nameCell(gland.name), textCell(h.effect)];
      }),
    });
    flow.gap(9);
  }
  if (gland.disorders?.length) {
    const names = new Map<string, string>([[gland.id, gland.name.hi]]);
    for (const p of gland.parts ?? []) names.set(p.id, p.name.hi);
    for (const h of gland.hormones ?? []) names.set(h.id, h.name.hi);
    heading(flow, book, `${ui.disorders}: ${gland.name.hi}`, 3, parent, undefined, TABLE_START);
    table(flow, {
      parent,
      size: sizes.table,
      columns: [0.3, 0.3, 0.4],
      header: [ui.disorder, `${ui.hyper} / ${ui.hypo}`, ui.signs].map((t) => [{ runs: plain(t, true) }]),
      rows: gland.disorders.map((d) => {
        const kind = d.kind === 'hyper' ? ui.hyper : d.kind === 'hypo' ? ui.hypo : ui.other;
        const of = names.get(d.of) ?? gland.name.hi;
        const kindCell: Cell = [{ runs: plain(kind, true) }, { runs: plain(of) }];
        if (d.cause) kindCell.push({ runs: plain(d.cause.hi), gray: 0.3 });
        return [nameCell(d.name), kindCell, [{ runs: plain((d.signs ?? []).join('; ')) }]];
      }),
    });
    flow.gap(9);
  }
}

function chapterPages(flow: Flow, book: Book, chapter: Chapter, root: StructNode, pageMap: PageMap, drawings: ReadonlyMap<string, string>): void {
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
    block(flow, book, b, root, pageMap, drawings);
    if (b.type === 'heading' && b.depth === 2) {
      const page = flow.pages.find((p) => p.number === pageMap.blocks[b.id])!;
      page.outline.push({ title: runText(b.runs as Run[]), level: 2, dest: b.id });
    }
  }
  for (const gland of chapter.glands) glandTables(flow, book, gland, root);
}

function glossary(flow: Flow, book: Book, root: StructNode, pageMap: PageMap): void {
  flow.newPage(book.meta.ui.glossary);
  flow.page.outline.push({ title: book.meta.ui.glossary, level: 1, dest: GLOSSARY_DEST });
  flow.y -= 18;
  heading(flow, book, book.meta.ui.glossary, 1, root, GLOSSARY_DEST);
  flow.gap(6);
  for (const entry of book.glossary) {
    // Each entry ends with the page of the chapter that defines it, linked to that chapter.
    const node = structNode('P', root);
    const lines = flow.lines(flow.words([{ text: entry.name.hi, weight: 'bold' }, { text: ` — ${entry.name.en}`, weight: 'regular' }], sizes.body), sizes.body, contentWidth - 30);
    const lh = leading(sizes.body);
    flow.ensure(lh * lines.length);
    flow.dest(entry.id);
    pageMap.glossary[entry.id] = flow.page.number;
    lines.forEach((line, i) => {
      const baseline = flow.y - ascent(sizes.body);
      flow.drawLine(line, margin.left, baseline, sizes.body, 0, node);
      const chapterPage = pageMap.chapters[entry.chapter];
      if (i === lines.length - 1 && chapterPage !== undefined) {
        const link = structNode('Link', node);
        const numLine = flow.lines(flow.words(plain(String(chapterPage)), sizes.body), sizes.body)[0]!;
        const x = margin.left + contentWidth - numLine.width;
        flow.drawLine(numLine, x, baseline, sizes.body, 0, link, 0.4);
        flow.page.links.push({ x, y: flow.y - lh, w: numLine.width, h: lh, dest: entry.chapter, node: link });
      }
      flow.y -= lh;
    });
    flow.gap(2);
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
