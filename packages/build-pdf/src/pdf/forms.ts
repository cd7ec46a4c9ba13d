import type { Form } from '../layout/page-model.js';
import type { Ref } from './embed-font.js';
import { contentBytes, type DocInternals } from './pdfkit-doc.js';

/**
 * The form XObjects of one document: each Form is written the first time a page places it, then referred to by
 * every page (or booklet page form) that does. pdfkit has no public API for forms; `ref()` streams are its own.
 */
export function formXObjects(doc: PDFKit.PDFDocument): (form: Form) => Ref {
  const refs = new Map<Form, Ref>();
  return (form) => {
    let ref = refs.get(form);
    if (!ref) {
      ref = (doc as unknown as DocInternals).ref({ Type: 'XObject', Subtype: 'Form', BBox: form.bbox, Resources: {} }) as Ref;
      ref.write(contentBytes(form.ops));
      ref.end();
      refs.set(form, ref);
    }
    return ref;
  };
}
