import type { Book } from '@book/model';
import { A5 } from '../layout/geometry.js';
import { isSlot, type StructNode } from '../layout/page-model.js';
import type { BookLayout } from '../layout/book.js';
import type { EmbeddedFont } from './embed-font.js';
import { formXObjects } from './forms.js';
import { type DocInternals, type PageContent, addXmpLanguage, finish, newDocument, pageContent } from './pdfkit-doc.js';

type Elem = ReturnType<PDFKit.PDFDocument['struct']>;

const flipLine = `q 1 0 0 -1 0 ${A5.height} cm\n`; // undo pdfkit's top-down flip: segments use PDF space (y up)

export interface ReadingEdition {
  pdf: Uint8Array;
  /** Each page's content stream, deflated as written in `pdf` (the booklet's page forms reuse them). */
  pageContents: Uint8Array[];
}

/** The tagged A5 reading edition: structure tree, links, named destinations, outline. */
export function renderReadingEdition(book: Book, layout: BookLayout, makeFonts: (doc: PDFKit.PDFDocument) => EmbeddedFont[]): ReadingEdition {
  const doc = newDocument(book, { title: book.meta.title, tagged: true, size: [A5.width, A5.height] });
  const fonts = makeFonts(doc);
  const formRef = formXObjects(doc);
  const elems = new Map<StructNode, Elem>();
  const elem = (node: StructNode): Elem => {
    let e = elems.get(node);
    if (!e) {
      e = doc.struct(node.type, { ...(node.lang ? { lang: node.lang } : {}), ...(node.scope ? { scope: node.scope } : {}), ...(node.alt ? { alt: node.alt } : {}) });
      elems.set(node, e);
    }
    return e;
  };

  const pageContents: PageContent[] = [];
  let chapterItem: ReturnType<PDFKit.PDFDocument['outline']['addItem']> | undefined;
  for (const page of layout.pages) {
    doc.addPage({ size: [A5.width, A5.height], margin: 0 });
    const content = pageContent(doc);
    pageContents.push(content);
    // Tab through links in structure order, as accessibility checkers expect for tagged PDFs.
    (doc.page as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data.Tabs = 'S';
    for (const f of fonts) f.useOnPage();
    for (const form of page.forms) (doc.page as unknown as DocInternals['page']).xobjects[form.name] = formRef(form);
    for (const segment of page.segments) {
      if (segment.node) {
        const marked = doc.markStructureContent(segment.node.type);
        content.add([flipLine, segment.ops, '\nQ']);
        doc.endMarkedContent();
        segment.slot!.content = marked;
      } else {
        doc.markContent('Artifact', { type: segment.artifact ?? 'Layout' });
        content.add([flipLine, segment.ops, '\nQ']);
        doc.endMarkedContent();
      }
    }
    for (const d of page.dests) doc.addNamedDestination(d.name, 'XYZ', 0, A5.height - d.y, null);
    for (const link of page.links) {
      doc.goTo(link.x, A5.height - (link.y + link.h), link.w, link.h, link.dest, { structParent: elem(link.node) } as PDFKit.Mixins.AnnotationOption);
    }
    for (const entry of page.outline) {
      if (entry.level === 1) chapterItem = doc.outline.addItem(entry.title);
      else (chapterItem ?? doc.outline).addItem(entry.title);
    }
  }

  const build = (node: StructNode): Elem => {
    const e = elem(node);
    for (const kid of node.kids) {
      if (!isSlot(kid)) e.add(build(kid));
      else if (kid.content) e.add(kid.content as Parameters<Elem['add']>[0]);
    }
    return e;
  };
  const root = build(layout.root);
  doc.addStructure(root);
  root.end();

  for (const f of fonts) f.end();
  addXmpLanguage(doc, book.meta.language);
  const pdf = finish(doc);
  return { pdf, pageContents: pageContents.map((content) => content.deflated()) };
}
