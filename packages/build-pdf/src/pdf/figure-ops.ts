/// <reference path="./svg-to-pdfkit.d.ts" />
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { Book, FigureBlock } from '@book/model';
import type { Form } from '../layout/page-model.js';

interface Chunked {
  page: { content: { buffer: (Uint8Array | string)[] }; resources: { data: { ExtGState?: Record<string, { data: Record<string, unknown> }>; [key: string]: unknown } } };
}

/**
 * The vector drawing of every figure of the book as a form, by block id: svg-to-pdfkit draws the figure's (already
 * sanitised, label-free) SVG on a scratch page and its operators are taken from there, in the figure's own units
 * with y down from its top-left corner. The layout places the form with a `cm`; the labels it draws itself, in the
 * book's cluster font, so they copy and search like the text.
 * Figures with the same SVG and size share one form (Fig1, Fig2… in order of first use): drawn once with
 * svg-to-pdfkit, which is slow, and stored once in each PDF.
 */
export function figureDrawings(book: Book): Map<string, Form> {
  const drawings = new Map<string, Form>();
  const bySource = new Map<string, Form>();
  const kept = new Map<string, string>();
  for (const chapter of book.chapters) {
    for (const block of chapter.blocks) {
      if (block.type !== 'figure') continue;
      const key = drawingKey(block);
      let form = bySource.get(key);
      if (form === undefined) {
        const ops = recentDrawings.get(key) ?? drawingOps(block);
        kept.set(key, ops);
        form = { name: `Fig${bySource.size + 1}`, ops, bbox: [0, 0, block.width, block.height] };
        bySource.set(key, form);
      }
      drawings.set(block.id, form);
    }
  }
  recentDrawings = kept;
  return drawings;
}

/**
 * The drawings of the last book's figures, by what decides them (size and SVG; the id only names the figure in an
 * error): drawing them is a third of the layout, and in watch mode a save rarely touches a figure.
 */
let recentDrawings = new Map<string, string>();
const drawingKey = (figure: Pick<FigureBlock, 'svg' | 'width' | 'height'>) => JSON.stringify([figure.width, figure.height, figure.svg]);

export function drawingOps(figure: Pick<FigureBlock, 'svg' | 'width' | 'height' | 'id'>): string {
  const doc = new PDFDocument({ autoFirstPage: false, compress: false });
  doc.addPage({ size: [figure.width, figure.height], margin: 0 });
  const page = (doc as unknown as Chunked).page;
  const before = page.content.buffer.length;
  const warnings: string[] = [];
  SVGtoPDF(doc, figure.svg, 0, 0, { width: figure.width, height: figure.height, assumePt: true, warningCallback: (w) => warnings.push(w) });
  if (warnings.length) throw new TypeError(`figure ${figure.id}: svg-to-pdfkit could not draw it as the model allows (${warnings[0]}): check the model's SVG allow-list`);
  // Only opacity-1 graphics states can appear (the model allows no opacity); anything else would need resources
  // the page's content stream cannot carry to the booklet's form XObjects.
  const { ExtGState, ProcSet: _p, ...others } = page.resources.data;
  if (Object.keys(others).length) throw new TypeError(`figure ${figure.id}: the drawing needs page resources (${Object.keys(others).join(', ')}): check the model's SVG allow-list`);
  for (const [name, state] of Object.entries(ExtGState ?? {})) {
    const { Type: _t, ca = 1, CA = 1, ...rest } = state.data;
    if (ca !== 1 || CA !== 1 || Object.keys(rest).length) throw new TypeError(`figure ${figure.id}: graphics state ${name} is not plain opacity 1`);
  }
  const ops = page.content.buffer
    .slice(before)
    .map((chunk) => (typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('latin1')))
    .join('\n');
  return ops
    .replace(/^\/Gs\d+ gs$/gm, '')
    .replace(/-?\d+\.\d{4,}/g, (n) => String(Math.round(Number(n) * 1000) / 1000))
    .replace(/\n{2,}/g, '\n')
    .trim();
}
