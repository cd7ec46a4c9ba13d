import type { Book } from '@book/model';
import { ClusterFont } from './font/cluster-font.js';
import { layoutBook, type PageMap } from './layout/book.js';
import { renderBooklet } from './pdf/booklet.js';
import { figureDrawings } from './pdf/figure-ops.js';
import { EmbeddedFont } from './pdf/embed-font.js';
import { renderReadingEdition } from './pdf/reading-edition.js';
import type { FontSet } from './pdf/text-ops.js';
import { shape } from './shaping/shaper.js';

export interface PdfOutputs {
  /** <id>.pdf: the tagged A5 reading edition. */
  pdf: Uint8Array;
  /** <id>.booklet.pdf: A4 landscape, two pages a side, saddle-stitch order. */
  booklet: Uint8Array;
  /** <id>.pagemap.json contents. */
  pageMap: PageMap;
}

export interface PdfOptions {
  /** File name the page map cites; default `<book.meta.id>.pdf`. */
  pdfName?: string;
}

/** The book laid out: its page map at once, the two PDF files when `render()` is called. */
export interface PdfLayout {
  pageMap: PageMap;
  render(): { pdf: Uint8Array; booklet: Uint8Array };
}

/**
 * Lays the book out without writing the PDFs yet, so a caller can pass the page map on (the Anki decks need it)
 * while the files are rendered. Pure: same Book, same bytes.
 */
export function layoutPdf(book: Book, options: PdfOptions = {}): PdfLayout {
  const regular = new ClusterFont('regular', shape('regular', ' ')[0]!.gid);
  const bold = new ClusterFont('bold', shape('bold', ' ')[0]!.gid);
  const fontSet: FontSet = { get: (weight) => (weight === 'bold' ? { font: bold, resourceName: 'F2' } : { font: regular, resourceName: 'F1' }) };
  const layout = layoutBook(book, fontSet, options.pdfName ?? `${book.meta.id}.pdf`, figureDrawings(book));
  const makeFonts = (doc: PDFKit.PDFDocument): EmbeddedFont[] => [
    new EmbeddedFont(doc, regular, 'F1', 'NotoSansDevanagari-Regular'),
    new EmbeddedFont(doc, bold, 'F2', 'NotoSansDevanagari-Bold'),
  ];
  return {
    pageMap: layout.pageMap,
    render: () => {
      const reading = renderReadingEdition(book, layout, makeFonts);
      return { pdf: reading.pdf, booklet: renderBooklet(book, layout.pages, reading.pageContents, makeFonts) };
    },
  };
}

/** Builds the reading edition, the booklet and the page map from a Book. Pure: same Book, same bytes. */
export function buildPdf(book: Book, options: PdfOptions = {}): PdfOutputs {
  const layout = layoutPdf(book, options);
  return { ...layout.render(), pageMap: layout.pageMap };
}
