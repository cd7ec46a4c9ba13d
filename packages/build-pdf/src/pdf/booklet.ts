import type { Book } from '@book/model';
import { A4_LANDSCAPE, A5 } from '../layout/geometry.js';
import type { PageModel } from '../layout/page-model.js';
import type { EmbeddedFont } from './embed-font.js';
import type { DocInternals, StreamRef } from './pdfkit-doc.js';
import { endWithStream, finish, newDocument } from './pdfkit-doc.js';
import { formXObjects } from './forms.js';

/**
 * Saddle-stitch order for `pageCount` pages padded with blanks to a multiple of 4. Each sheet side is
 * [left, right] (1-based page numbers, 0 = blank). Duplex, flip on the short edge: sheet k front shows
 * [n-2k, 2k+1], its back [2k+2, n-2k-1], so the folded stack reads 1, 2, 3…
 */
export function impositionOrder(pageCount: number): [number, number][] {
  if (!Number.isInteger(pageCount) || pageCount < 1) throw new TypeError('impositionOrder: pageCount must be a positive integer');
  const n = Math.ceil(pageCount / 4) * 4;
  const real = (p: number): number => (p <= pageCount ? p : 0);
  const sides: [number, number][] = [];
  for (let k = 0; k < n / 4; k++) {
    sides.push([real(n - 2 * k), real(2 * k + 1)]);
    sides.push([real(2 * k + 2), real(n - 2 * k - 1)]);
  }
  return sides;
}

/**
 * The booklet: every A5 page becomes a form XObject, placed two per A4 landscape side in imposition order. A page's
 * form has the reading edition's content stream of that page (`pageContents`, deflated as written there): it draws
 * the same (pdfkit's flip, then each segment flipped back) with the same resource names, and its marked-content
 * tags are harmless in an untagged file. So each page is deflated once for both files.
 */
export function renderBooklet(book: Book, pages: PageModel[], pageContents: readonly Uint8Array[], makeFonts: (doc: PDFKit.PDFDocument) => EmbeddedFont[]): Uint8Array {
  if (pageContents.length !== pages.length) throw new TypeError('renderBooklet: give the reading edition\'s content stream of every page (renderReadingEdition(...).pageContents)');
  const doc = newDocument(book, { title: `${book.meta.title} — booklet`, tagged: false, size: [A4_LANDSCAPE.width, A4_LANDSCAPE.height] });
  const internals = doc as unknown as DocInternals;
  const fonts = makeFonts(doc);
  const fontResources = Object.fromEntries(fonts.map((f) => [f.resourceName, f.ref]));
  const formRef = formXObjects(doc);
  const forms = pages.map((page, i) => {
    const resources = page.forms.length ? { Font: fontResources, XObject: Object.fromEntries(page.forms.map((f) => [f.name, formRef(f)])) } : { Font: fontResources };
    const form = internals.ref({ Type: 'XObject', Subtype: 'Form', BBox: [0, 0, A5.width, A5.height], Resources: resources, Filter: 'FlateDecode' });
    endWithStream(form as unknown as StreamRef, pageContents[i]!);
    return form;
  });
  const gutter = (A4_LANDSCAPE.width - 2 * A5.width) / 2;
  for (const [left, right] of impositionOrder(pages.length)) {
    doc.addPage({ size: [A4_LANDSCAPE.width, A4_LANDSCAPE.height], margin: 0 });
    const ops: string[] = [`q 1 0 0 -1 0 ${A4_LANDSCAPE.height} cm`];
    [left, right].forEach((number, side) => {
      if (!number) return;
      const name = `P${number}`;
      internals.page.xobjects[name] = forms[number - 1];
      const x = side === 0 ? gutter : gutter + A5.width;
      ops.push(`q 1 0 0 1 ${x.toFixed(2)} 0 cm /${name} Do Q`);
    });
    ops.push('Q');
    doc.addContent(ops.join('\n'));
  }
  for (const f of fonts) f.end();
  return finish(doc);
}
