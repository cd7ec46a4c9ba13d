import type { Flow } from './flow.js';
import { ascent, contentWidth, leading, margin } from './geometry.js';
import { structNode, type StructNode } from './page-model.js';
import type { Line, StyledText } from './words.js';

/**
 * One cell: paragraphs stacked top to bottom (e.g. a Hindi name, then its English gloss in grey). An English
 * paragraph gets its own /Lang en span; a `bar` paragraph has the editorial bar beside it.
 */
export type Cell = CellParagraph[];
export interface CellParagraph {
  runs: StyledText[];
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
  /** Called before each body row is drawn, with the page it lands on (rows never split). */
  onRow?: (index: number, page: number) => void;
}

const PAD = 3.5;
/** Room for the editorial bar left of a marked paragraph. */
const BAR = 6;

interface LaidCell {
  paragraphs: { lines: Line[]; gray?: number; lang?: 'en'; bar?: boolean }[];
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
 * A ruled table with a shaded header row repeated on every page it spans. Rows never split. The repeated header is
 * a pagination artifact: screen readers read the header once, not in the middle of the table (PDF/UA-1 7.5).
 */
export function table(flow: Flow, spec: TableSpec): void {
  if (spec.columns.length !== spec.header.length) throw new TypeError('table: give one column width per header cell');
  const widths = spec.columns.map((f) => f * contentWidth);
  const node = structNode('Table', spec.parent);
  const head = layCells(flow, spec.header, widths, spec.size);
  const lh = leading(spec.size);

  const drawRow = (row: { cells: LaidCell[]; height: number }, tag: 'TH' | 'TD', tr: StructNode | null): void => {
    const top = flow.y;
    if (tag === 'TH') flow.rect(margin.left, top - row.height, contentWidth, row.height, [0.93, 0.9, 0.84]);
    let x = margin.left;
    row.cells.forEach((cell, i) => {
      const cellNode = tr ? structNode(tag, tr) : null;
      if (cellNode && tag === 'TH') cellNode.scope = 'Column';
      let y = top - PAD;
      for (const p of cell.paragraphs) {
        const node = cellNode && p.lang ? structNode('Span', cellNode, p.lang) : cellNode;
        const indent = p.bar ? BAR : 0;
        for (const line of p.lines) {
          flow.drawLine(line, x + PAD + indent, y - ascent(spec.size), spec.size, 0, node, p.gray);
          if (p.bar) flow.rect(x + PAD, y - lh, 2.2, lh, [0.55, 0.35, 0.1]);
          y -= lh;
        }
      }
      x += widths[i]!;
    });
    flow.rule(margin.left, top - row.height, contentWidth, tag === 'TH' ? 0.8 : 0.4, tag === 'TH' ? 0.35 : 0.7);
    flow.y = top - row.height;
  };

  const header = (repeated: boolean): void => {
    flow.rule(margin.left, flow.y, contentWidth, 0.8, 0.35);
    if (!repeated) return drawRow(head, 'TH', structNode('TR', node));
    flow.pagination = true;
    try {
      drawRow(head, 'TH', null);
    } finally {
      flow.pagination = false;
    }
  };

  const rows = spec.rows.map((r) => layCells(flow, r, widths, spec.size));
  flow.ensure(head.height + (rows[0]?.height ?? 0));
  header(false);
  rows.forEach((row, i) => {
    if (flow.y - row.height < margin.bottom) {
      flow.newPage();
      header(true);
    }
    spec.onRow?.(i, flow.page.number);
    drawRow(row, 'TD', structNode('TR', node));
  });
}
