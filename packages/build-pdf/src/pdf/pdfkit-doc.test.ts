import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fixtureBook } from '../../../../tests/fixtures/book.js';
import { type DocInternals, type StreamRef, endWithStream, finish, newDocument, pageContent } from './pdfkit-doc.js';

const size: [number, number] = [200, 300];
const newDoc = () => newDocument(fixtureBook, { title: 'test', tagged: true, size });
const lines = [['BT /F1 10 Tf ', '<0001> Tj', ' ET'], ['0.5 g\n', 'BT /F1 10 Tf <00020003> Tj ET']];

/** Two pages, each line a marked-content sequence, the lines given by `draw`. */
function twoPages(draw: (doc: PDFKit.PDFDocument, parts: string[]) => void): Uint8Array {
  const doc = newDoc();
  for (let page = 0; page < 2; page++) {
    doc.addPage({ size, margin: 0 });
    for (const parts of lines) {
      doc.markContent('Artifact', { type: 'Layout' });
      draw(doc, parts);
      doc.endMarkedContent();
    }
  }
  return finish(doc);
}

describe('pageContent', () => {
  it('writes the bytes pdfkit writes for the same content through addContent', () => {
    const streams: ReturnType<typeof pageContent>[] = [];
    let current: PDFKit.PDFDocument['page'] | undefined;
    const ours = twoPages((doc, parts) => {
      if (doc.page !== current) {
        current = doc.page;
        streams.push(pageContent(doc));
      }
      streams.at(-1)!.add(parts);
    });
    const pdfkits = twoPages((doc, parts) => doc.addContent(parts.join('')));
    expect(Buffer.from(ours).equals(Buffer.from(pdfkits))).toBe(true);
    // Each page's stream is the one in the file, and holds pdfkit's operators around ours.
    for (const stream of streams.map((s) => s.deflated())) {
      expect(Buffer.from(ours).indexOf(Buffer.from(stream))).toBeGreaterThan(0);
      const text = inflateSync(stream).toString('latin1');
      expect(text).toContain('/Artifact <<\n/Type /Layout\n>> BDC\nBT /F1 10 Tf <0001> Tj ET\nEMC\n');
    }
  });

  it('refuses to give a page stream before the page is written', () => {
    const doc = newDoc();
    doc.addPage({ size, margin: 0 });
    const content = pageContent(doc);
    content.add(['0 g']);
    expect(() => content.deflated()).toThrow(TypeError);
  });
});

describe('endWithStream', () => {
  it('writes an object with an already filtered stream as write() and end() do', () => {
    const stream = Buffer.from('any bytes, filtered elsewhere\n');
    const withStream = (end: (ref: StreamRef) => void): Uint8Array => {
      const doc = newDoc();
      doc.addPage({ size, margin: 0 });
      const ref = (doc as unknown as DocInternals).ref({ Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 1, 1], Filter: 'FlateDecode' });
      end(ref as unknown as StreamRef);
      return finish(doc);
    };
    const ours = withStream((ref) => endWithStream(ref, stream));
    const pdfkits = withStream((ref) => {
      ref.write(stream);
      (ref as unknown as { end(): void }).end();
    });
    expect(Buffer.from(ours).equals(Buffer.from(pdfkits))).toBe(true);
    expect(Buffer.from(ours).toString('latin1')).toContain('/Filter /FlateDecode\n/Length 30\n>>\nstream\nany bytes, filtered elsewhere\n\nendstream\nendobj');
  });
});
