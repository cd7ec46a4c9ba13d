import type { Flow } from './flow.js';
import { A5, ascent, contentWidth, leading, margin } from './geometry.js';
import { structNode, type StructNode } from './page-model.js';
import type { Line, StyledText } from './words.js';

/**
 * One cell: paragraphs stacked top to bottom (e.g. a Hindi name, then its English gloss in grey). An English
 * paragraph gets its own /Lang en span; a `bar` paragraph has the editorial bar beside it.
 */
export type Cell = CellParagraph[];
export interface CellParagraph {
  runs: StyledText[];
  /** The citable thing this paragraph prints (a FactCell id): `onPrinted` reports the pages its lines land on. */
  id?: string;
  gray?: number;
  lang?: 'en';
  bar?: boolean;
}

export interface TableSpec {
  /** Column widths as fractions of the content width. */
  columns: number[];
  header: Cell[];
  rows: Cell[][];
  parent: StructNode;
  size: number;
  /** Called before each body row is drawn, with the page it starts on (only a row taller than a page is split). */
  onRow?: (index: number, page: number) => void;
  /** Called after each body row is drawn, with every page, in order, on which a line of each paragraph `id` was drawn. */
  onPrinted?: (pages: ReadonlyMap<string, number[]>) => void;
}

const PAD = 3.5;
/** Room for the editorial bar left of a marked paragraph. */
const BAR = 6;

interface LaidCell {
  paragraphs: { lines: Line[]; gray?: number; lang?: 'en'; bar?: boolean; id?: string }[];
  height: number;
}

function layCells(flow: Flow, cells: Cell[], widths: number[], size: number): { cells: LaidCell[]; height: number } {
  const lh = leading(size);
  const laid = cells.map((cell, i) => {
    const paragraphs = cell.map((p) => {
      const { runs, ...rest } = p;
      return { ...rest, lines: flow.lines(flow.words(runs, size), size, widths[i]! - 2 * PAD - (p.bar ? BAR : 0)) };
    });
    return { paragraphs, height: paragraphs.reduce((s, p) => s + p.lines.length * lh, 0) + 2 * PAD };
  });
  return { cells: laid, height: Math.max(...laid.map((c) => c.height)) };
}

/**
 * A ruled table with a shaded header row repeated on every page it spans. A row that fits on a page is never split;
 * a row taller than a page (one long cell) is split between lines, so no text is ever drawn below the bottom
 * margin. The repeated header is a pagination artifact: screen readers read the header once, not in the middle of
 * the table (PDF/UA-1 7.5). A header too tall to leave room for two row lines on a page is printed once, split
 * like a tall row, and not repeated.
 */
export function table(flow: Flow, spec: TableSpec): void {
  if (spec.columns.length !== spec.header.length) throw new TypeError('table: give one column width per header cell');
  const widths = spec.columns.map((f) => f * contentWidth);
  const node = structNode('Table', spec.parent);
  const head = layCells(flow, spec.header, widths, spec.size);
  const lh = leading(spec.size);
  const roomBelow = (): number => flow.y - margin.bottom;
  const textHeight = A5.height - margin.top - margin.bottom;
  // A row taller than the room on a page starts where at least two of its lines fit (see `needs`).
  const tallRowStart = 2 * lh + 2 * PAD;
  const repeatHeader = head.height + tallRowStart <= textHeight;
  // Height a body row may take on a page: the text area minus the repeated header.
  const pageRoom = textHeight - (repeatHeader ? head.height : 0);

  /**
   * Draws a row from the cursor down, continuing on new pages (after `continued()`) while it does not fit. Returns the
   * pages on which each paragraph with an id got a line.
   */
  const drawRow = (row: { cells: LaidCell[]; height: number }, tag: 'TH' | 'TD', tr: StructNode | null, continued: () => void): Map<string, number[]> => {
    const printedOn = new Map<string, number[]>();
    const cellNodes = row.cells.map(() => {
      const cellNode = tr ? structNode(tag, tr) : null;
      if (cellNode && tag === 'TH') cellNode.scope = 'Column';
      return cellNode;
    });
    // Each cell's lines in order. An English paragraph's /Lang span joins its cell when its first line is drawn,
    // so the cell's kids stay in reading order.
    const spans = new Map<object, StructNode>();
    const nodeFor = (i: number, p: LaidCell['paragraphs'][number]): StructNode | null => {
      const cellNode = cellNodes[i]!;
      if (!cellNode || !p.lang) return cellNode;
      if (!spans.has(p)) spans.set(p, structNode('Span', cellNode, p.lang));
      return spans.get(p)!;
    };
    const cellLines = row.cells.map((cell) => cell.paragraphs.flatMap((p) => p.lines.map((line) => ({ line, paragraph: p }))));
    const drawn = row.cells.map(() => 0);
    for (;;) {
      const left = Math.max(0, ...cellLines.map((lines, i) => lines.length - drawn[i]!));
      const fits = Math.floor((roomBelow() - 2 * PAD + 1e-6) / lh);
      if (fits < 1) {
        // Not one line fits below the cursor: drawing one anyway would put it below the bottom margin.
        if (flow.atTop) throw new TypeError('table: a page has no room for one table line; the type size or the margins are wrong');
        continued();
        continue;
      }
      const count = Math.min(left, fits);
      const height = count * lh + 2 * PAD;
      const top = flow.y;
      if (tag === 'TH') flow.rect(margin.left, top - height, contentWidth, height, [0.93, 0.9, 0.84]);
      let x = margin.left;
      cellLines.forEach((lines, i) => {
        let y = top - PAD;
        for (const { line, paragraph: p } of lines.slice(drawn[i], drawn[i]! + count)) {
          const indent = p.bar ? BAR : 0;
          flow.drawLine(line, x + PAD + indent, y - ascent(spec.size), spec.size, 0, nodeFor(i, p), p.gray);
          if (p.id !== undefined) {
            const pages = printedOn.get(p.id) ?? [];
            if (pages.at(-1) !== flow.page.number) pages.push(flow.page.number);
            printedOn.set(p.id, pages);
          }
          if (p.bar) flow.rect(x + PAD, y - lh, 2.2, lh, [0.55, 0.35, 0.1]);
          y -= lh;
        }
        drawn[i] = Math.min(lines.length, drawn[i]! + count);
        x += widths[i]!;
      });
      flow.y = top - height;
      if (count === left) break;
      continued();
    }
    flow.rule(margin.left, flow.y, contentWidth, tag === 'TH' ? 0.8 : 0.4, tag === 'TH' ? 0.35 : 0.7);
    return printedOn;
  };

  const header = (repeated: boolean): void => {
    flow.rule(margin.left, flow.y, contentWidth, 0.8, 0.35);
    if (!repeated) {
      drawRow(head, 'TH', structNode('TR', node), () => flow.newPage());
      return;
    }
    flow.pagination = true;
    try {
      drawRow(head, 'TH', null, () => flow.newPage());
    } finally {
      flow.pagination = false;
    }
  };
  const nextPage = (): void => {
    flow.newPage();
    if (repeatHeader) header(true);
  };

  const rows = spec.rows.map((r) => layCells(flow, r, widths, spec.size));
  // A row that fits on a page starts where it fits whole; a taller one starts where at least two of its lines fit.
  const needs = (row: { height: number }): number => (row.height <= pageRoom ? row.height : tallRowStart);
  flow.ensure(head.height + (rows[0] ? needs(rows[0]) : 0));
  header(false);
  rows.forEach((row, i) => {
    if (roomBelow() < needs(row)) nextPage();
    spec.onRow?.(i, flow.page.number);
    const printedOn = drawRow(row, 'TD', structNode('TR', node), nextPage);
    spec.onPrinted?.(printedOn);
  });
}
