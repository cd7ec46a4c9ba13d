import type { FontWeight } from '@book/fonts';
import { lineOps, type FontSet } from '../pdf/text-ops.js';
import { A5, ascent, contentWidth, leading, margin } from './geometry.js';
import { structNode, type MarkedSlot, type PageModel, type Segment, type StructNode } from './page-model.js';
import { breakLines, spaceWidth, toWords, type Line, type StyledText, type Word } from './words.js';

const num = (n: number): string => String(Math.round(n * 100) / 100);

export interface TextOptions {
  size: number;
  node: StructNode | null;
  /** Left indent from the content box, pt. */
  indent?: number;
  width?: number;
  align?: 'justify' | 'left' | 'center' | 'right';
  gray?: number;
  /** Called with the index of each line's first word and the page it lands on. */
  onLine?: (firstWord: number, page: PageModel) => void;
  /** Left bar marking editorial additions. */
  bar?: boolean;
  /** Extra space kept below the paragraph. */
  after?: number;
}

/** Pours lines onto pages top to bottom, starting a new page when the next line does not fit. */
export class Flow {
  readonly pages: PageModel[] = [];
  /** Top of the free space on the current page (y up). */
  y = 0;
  private header: string | null = null;
  readonly fonts: FontSet;
  /** The named destination a run's href lands on. */
  readonly linkDest: (href: string) => string;

  /** `makeWords`: toWords, or a wordMaker's, which reuses the last layout's words. */
  constructor(
    fonts: FontSet,
    linkDest: (href: string) => string,
    private readonly makeWords: (runs: StyledText[], size: number) => Word[] = toWords,
  ) {
    this.fonts = fonts;
    this.linkDest = linkDest;
  }

  private current: PageModel | undefined;

  get page(): PageModel {
    const page = this.current;
    if (!page) throw new TypeError('Flow: call newPage() before adding content');
    return page;
  }

  newPage(header: string | null = this.header, footer = true): PageModel {
    this.header = header;
    const page: PageModel = { number: this.pages.length + 1, header, footer, segments: [], links: [], dests: [], outline: [], forms: [] };
    this.pages.push(page);
    this.current = page;
    this.y = A5.height - margin.top;
    return page;
  }

  /** Runs `draw` with `page` as the current page (for running headers added after the flow). */
  withPage(page: PageModel, draw: () => void): void {
    const saved = this.current;
    this.current = page;
    try {
      draw();
    } finally {
      this.current = saved;
    }
  }

  get atTop(): boolean {
    return this.y >= A5.height - margin.top - 1e-6;
  }

  /** Starts a new page unless `height` fits below the cursor. */
  ensure(height: number): void {
    if (this.y - height < margin.bottom - 1e-6 && !this.atTop) this.newPage();
  }

  /** Vertical space; swallowed at the top of a page. */
  gap(height: number): void {
    if (!this.atTop) this.y -= height;
  }

  dest(name: string): void {
    this.page.dests.push({ name, y: Math.min(A5.height, this.y + 6) });
  }

  /** Told the text of every tagged line as it is drawn, with its page: how the page map learns where words are printed. */
  onText: ((page: number, text: string) => void) | undefined;

  /** Artifacts drawn while this is set count as pagination (running header and footer), else as layout. */
  pagination = false;

  artifact(ops: string): void {
    this.page.segments.push({ node: null, artifact: this.pagination ? 'Pagination' : 'Layout', ops });
  }

  /** Adds tagged content to the current page; returns its segment, whose ops may still be filled in later. */
  tagged(node: StructNode, ops: string): Segment {
    const slot: MarkedSlot = { slot: true };
    node.kids.push(slot);
    const segment: Segment = { node, slot, ops };
    this.page.segments.push(segment);
    return segment;
  }

  words(runs: StyledText[], size: number): Word[] {
    return this.makeWords(runs, size);
  }

  lines(words: Word[], size: number, width = contentWidth): Line[] {
    return breakLines(words, width, spaceWidth('regular', size));
  }

  /** Lays out a paragraph of runs. Returns the page number of its first line. */
  paragraph(runs: StyledText[], options: TextOptions): number {
    return this.setLines(this.lines(this.words(runs, options.size), options.size, options.width ?? contentWidth - (options.indent ?? 0)), options);
  }

  setLines(lines: Line[], options: TextOptions): number {
    const { size } = options;
    const lh = leading(size);
    const indent = options.indent ?? 0;
    const width = options.width ?? contentWidth - indent;
    let firstPage = 0;
    const n = lines.length;
    const room = (count: number): boolean => this.y - count * lh >= margin.bottom - 1e-6;
    for (const [i, line] of lines.entries()) {
      // No orphan (a first line alone at the foot of a page) and no widow (a last line alone at the head).
      if (!this.atTop && ((i === 0 && n >= 2 && !room(2)) || (i === n - 2 && n >= 3 && room(1) && !room(2)))) this.newPage();
      this.ensure(lh);
      if (!firstPage) firstPage = this.page.number;
      options.onLine?.(line.first, this.page);
      const gaps = line.words.length - 1;
      const align = options.align ?? 'justify';
      const extra = align === 'justify' && !line.last && gaps > 0 ? (width - line.width) / gaps : 0;
      let x = margin.left + indent;
      if (align === 'center') x += (width - line.width) / 2;
      if (align === 'right') x += width - line.width;
      this.drawLine(line, x, this.y - ascent(size), size, extra, options.node, options.gray);
      if (options.bar) this.artifact(`0.55 0.35 0.1 rg\n${num(margin.left + indent - 9)} ${num(this.y - lh)} 2.2 ${num(lh)} re f`);
      this.y -= lh;
    }
    if (options.after) this.gap(options.after);
    return firstPage;
  }

  /** Draws one line with its baseline at (x, baseline): tagged text plus link annotations. */
  drawLine(line: Line, x: number, baseline: number, size: number, extra: number, node: StructNode | null, gray?: number): void {
    const text = this.lineText(line, x, baseline, extra, gray);
    if (node) {
      const words = line.words.map((w) => w.text).join(' ');
      this.tagged(node, text).text = words;
      this.onText?.(this.page.number, words);
    } else this.artifact(text);
    this.links(line, x, baseline, size, extra, node);
  }

  /** The content-stream operators that draw one line (no tagging, no links). */
  lineText(line: Line, x: number, baseline: number, extra = 0, gray?: number): string {
    const color = gray !== undefined ? `${num(gray)} g\n` : '';
    return `${color}${lineOps(line, x, baseline, this.fonts, extra)}`;
  }

  /** Link annotations over the pieces of a line that carry a link. */
  private links(line: Line, x: number, baseline: number, size: number, extra: number, parent: StructNode | null): void {
    let pen = x;
    line.words.forEach((word, i) => {
      if (i > 0) pen += spaceWidth('regular', size) + extra;
      for (const piece of word.pieces) {
        const dest = piece.link === undefined ? undefined : this.linkDest(piece.link);
        if (dest) {
          const node = structNode('Link', parent ?? undefined);
          this.page.links.push({ x: pen, y: baseline - size * 0.35, w: piece.width, h: size * 1.3, dest, node });
        }
        pen += piece.width;
      }
    });
  }

  /** A filled rectangle (artifact), y up. */
  rect(x: number, y: number, w: number, h: number, rgb: [number, number, number]): void {
    this.artifact(`${rgb.map(num).join(' ')} rg\n${num(x)} ${num(y)} ${num(w)} ${num(h)} re f`);
  }

  /** A horizontal rule (artifact). */
  rule(x: number, y: number, w: number, width = 0.5, gray = 0.6): void {
    this.artifact(`${num(gray)} G ${num(width)} w\n${num(x)} ${num(y)} m ${num(x + w)} ${num(y)} l S`);
  }
}

export type { FontWeight };
