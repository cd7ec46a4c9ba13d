/// <reference path="./svg-to-pdfkit.d.ts" />
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from './pdfkit.js';
import type SVGtoPDFFunction from 'svg-to-pdfkit';
import { keptFiles, keptSession, nothingKept, type KeptSession } from '@book/kept-files';
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
        const ops = recentDrawings.get(key) ?? storedDrawing(key) ?? recordDrawing(key, drawingOps(block));
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

/** A build draws each distinct figure once; beyond this many files the least recently used go. */
export const MAX_DRAWING_FILES = 256;
const drawingFiles = keptFiles('figure-', '.ops', MAX_DRAWING_FILES);
/** The folder the drawings are kept in between processes (keepFigureDrawingsIn); none by default. */
let kept: KeptSession = nothingKept;

/**
 * Keeps the drawings of figures drawn from now on in `dir` (@book/kept-files), so that the next build
 * process after an edit need not load svg-to-pdfkit at all; `undefined` keeps them in this process only. The
 * returned function writes what this process drew with `write`; it returns an error's message instead of throwing,
 * as a cache that cannot be written must not fail a build.
 */
export function keepFigureDrawingsIn(dir: string | undefined, write?: (path: string, data: Uint8Array) => void): () => string | undefined {
  const session = keptSession(drawingFiles, dir, drawingRecipe, { caller: 'keepFigureDrawingsIn', what: 'figure drawings' }, write);
  kept = session;
  recentDrawings = new Map();
  return () => session.save();
}

/** The drawing of `key` kept by an earlier process, or undefined. */
function storedDrawing(key: string): string | undefined {
  const bytes = kept.read(key);
  return bytes === undefined ? undefined : Buffer.from(bytes).toString('latin1');
}

/**
 * Everything besides the figure that decides its drawing: the code here and the bytes of pdfkit and svg-to-pdfkit,
 * hashed, so that changing any of them starts new files.
 */
function drawingRecipe(): string {
  const hash = createHash('sha256').update([drawingOps, recordDrawing].map(String).join('\n'));
  for (const file of [require.resolve('pdfkit'), require.resolve('svg-to-pdfkit')]) hash.update(readFileSync(file));
  return hash.digest('hex');
}

const require = createRequire(import.meta.url);
/** svg-to-pdfkit, loaded on the first figure not kept on disk: loading it is a tenth of a build after an edit. */
let svgToPdf: typeof SVGtoPDFFunction | undefined;

/** Queues a drawing made now for the folder. */
function recordDrawing(key: string, ops: string): string {
  kept.keep(key, Buffer.from(ops, 'latin1'));
  return ops;
}

export function drawingOps(figure: Pick<FigureBlock, 'svg' | 'width' | 'height' | 'id'>): string {
  // No default font: pdfkit would parse Helvetica's metrics for each figure, and a figure's SVG has no text (its
  // labels are drawn by the layout).
  const doc = new PDFDocument({ autoFirstPage: false, compress: false, font: null } as unknown as PDFKit.PDFDocumentOptions);
  doc.addPage({ size: [figure.width, figure.height], margin: 0 });
  const page = (doc as unknown as Chunked).page;
  const before = page.content.buffer.length;
  const warnings: string[] = [];
  svgToPdf ??= require('svg-to-pdfkit') as typeof SVGtoPDFFunction;
  svgToPdf(doc, figure.svg, 0, 0, { width: figure.width, height: figure.height, assumePt: true, warningCallback: (w) => warnings.push(w) });
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
