import { describe, expect, it } from 'vitest';
import { ClusterFont } from '../font/cluster-font.js';
import type { FontSet } from '../pdf/text-ops.js';
import { shape } from '../shaping/shaper.js';
import { Flow } from './flow.js';
import { A5, ascent, leading, margin, type } from './geometry.js';
import { structNode } from './page-model.js';
import { table, type Cell } from './table.js';

const lh = leading(type.table);
/** Whole table lines an empty page holds (the text area, less a cell's top and bottom padding). */
const linesPerPage = Math.floor((A5.height - margin.top - margin.bottom) / lh);

/** A cell of `n` lines exactly: one short word per paragraph. */
const cellOfLines = (n: number, word: string): Cell => Array.from({ length: n }, (_, i) => ({ runs: [{ text: `${word}${i + 1}`, weight: 'regular' as const }] }));

interface Drawn {
  page: number;
  text: string;
  top: number;
  bottom: number;
}

/** Lays out a two-column table on a new page and returns every line it drew, with its page and box. */
function layTable(headerLines: number, rows: number[]): Drawn[] {
  const regular = new ClusterFont('regular', shape('regular', ' ')[0]!.gid);
  const bold = new ClusterFont('bold', shape('bold', ' ')[0]!.gid);
  const fonts: FontSet = { get: (w) => (w === 'bold' ? { font: bold, resourceName: 'F2' } : { font: regular, resourceName: 'F1' }) };
  const flow = new Flow(fonts, (href) => href.slice(1));
  flow.newPage('शीर्षक');
  const drawn: Drawn[] = [];
  const drawLine = flow.drawLine.bind(flow);
  flow.drawLine = (line, x, baseline, size, extra, node, gray) => {
    const top = baseline + ascent(size);
    drawn.push({ page: flow.page.number, text: line.words.map((w) => w.text).join(' '), top, bottom: top - leading(size) });
    drawLine(line, x, baseline, size, extra, node, gray);
  };
  table(flow, {
    columns: [0.5, 0.5],
    header: [cellOfLines(headerLines, 'शीर्ष'), cellOfLines(1, 'विवरण')],
    rows: rows.map((n, r) => [cellOfLines(1, `पंक्ति${r + 1}-`), cellOfLines(n, `पाठ${r + 1}-`)]),
    parent: structNode('Document'),
    size: type.table,
  });
  return drawn;
}

describe('a table header row as tall as a page or taller', () => {
  // One line short of a page (no room for a row line below it), a full page, and several pages.
  it.each([linesPerPage - 1, linesPerPage, 3 * linesPerPage])('with %i lines hides no text below the bottom margin', (headerLines) => {
    const rows = [3, 2 * linesPerPage];
    const drawn = layTable(headerLines, rows);
    const below = drawn.filter((d) => d.bottom < margin.bottom - 1e-6 || d.top > A5.height - margin.top + 1e-6);
    expect(below.slice(0, 3), `${below.length} lines outside the text area`).toEqual([]);
    // Every body line is drawn, once; the header at least once, whole.
    for (const [r, n] of rows.entries()) {
      const lines = drawn.filter((d) => d.text.startsWith(`पाठ${r + 1}-`)).map((d) => d.text);
      expect(lines).toEqual(Array.from({ length: n }, (_, i) => `पाठ${r + 1}-${i + 1}`));
    }
    expect(new Set(drawn.filter((d) => d.text.startsWith('शीर्ष')).map((d) => d.text)).size).toBe(headerLines);
  });

  it('is still repeated on a continuation page when it leaves room for the rows', () => {
    const drawn = layTable(2, [3 * linesPerPage]);
    const pages = new Set(drawn.map((d) => d.page));
    expect(pages.size).toBeGreaterThan(2);
    for (const page of pages) expect(drawn.some((d) => d.page === page && d.text === 'शीर्ष1'), `header on page ${page}`).toBe(true);
  });
});
