import type { Flow } from './flow.js';
import { ascent, contentWidth, leading, margin } from './geometry.js';
import { structNode, type StructNode } from './page-model.js';
import type { Line, StyledText } from './words.js';

/** One cell: paragraphs stacked top to bottom (e.g. a Hindi name, then its English gloss in grey). */
export type Cell = { runs: StyledText[]; gray?: number }[];

export interface TableSpec {
  /** Column widths as fractions of the content width. */
  columns: number[];
  header: Cell[];
  rows: Cell[][];
  parent: StructNode;
  size: number;
}

const PAD = 3.5;

interface LaidCell {
  paragraphs: { lines: Line[]; gray?: number }[];
  height: number;
}

function layCells(flow: Flow, cells: Cell[], widths: number[], size: number): { cells: LaidCell[]; height: number } {
  const lh = leading(size);
  const laid = cells.map((cell, i) => {
    const paragraphs = cell.map((p) => {
      const out: { lines: Line[]; gray?: number } = { lines: flow.lines(flow.words(p.runs, size), size, widths[i]! - 2 * PAD) };
      if (p.gray !== undefined) out.gray = p.gray;
      return out;
    });
    return { paragraphs, height: paragraphs.reduce((s, p) => s + p.lines.length * lh, 0) + 2 * PAD };
  });
  return { cells: laid, height: Math.max(...laid.map((c) => c.height)) };
}

/** A ruled table with a shaded header row repeated on every page it spans. Rows never split. */
export function table(flow: Flow, spec: TableSpec): void {
  if (spec.columns.length !== spec.header.length) throw new TypeError('table: give one column width per header cell');
  const widths = spec.columns.map((f) => f * contentWidth);
  const node = structNode('Table', spec.parent);
  const head = layCells(flow, spec.header, widths, spec.size);
  const lh = leading(spec.size);

  const drawRow = (row: { cells: LaidCell[]; height: number }, tag: 'TH' | 'TD', tr: StructNode): void => {
    const top = flow.y;
    if (tag === 'TH') flow.rect(margin.left, top - row.height, contentWidth, row.height, [0.93, 0.9, 0.84]);
    let x = margin.left;
    row.cells.forEach((cell, i) => {
      const cellNode = structNode(tag, tr);
      if (tag === 'TH') cellNode.scope = 'Column';
      let y = top - PAD;
      for (const p of cell.paragraphs) {
        for (const line of p.lines) {
          flow.drawLine(line, x + PAD, y - ascent(spec.size), spec.size, 0, cellNode, p.gray);
          y -= lh;
        }
      }
      x += widths[i]!;
    });
    flow.rule(margin.left, top - row.height, contentWidth, tag === 'TH' ? 0.8 : 0.4, tag === 'TH' ? 0.35 : 0.7);
    flow.y = top - row.height;
  };

  const header = (): void => {
    flow.rule(margin.left, flow.y, contentWidth, 0.8, 0.35);
    drawRow(head, 'TH', structNode('TR', node));
  };

  const rows = spec.rows.map((r) => layCells(flow, r, widths, spec.size));
  flow.ensure(head.height + (rows[0]?.height ?? 0));
  header();
  for (const row of rows) {
    if (flow.y - row.height < margin.bottom) {
      flow.newPage();
      header();
    }
    drawRow(row, 'TD', structNode('TR', node));
  }
}
