import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { buildPdf } from '@book/build-pdf';
import { fixtureBook } from '../fixtures/book.js';

const TITLE_EN = 'Glands & hormones <A5>';
const AUTHOR = 'Editors & "friends"';
const book = { ...fixtureBook, meta: { ...fixtureBook.meta, titleEn: TITLE_EN, author: AUTHOR } };
const outputs = buildPdf(book, { pdfName: 'x.pdf' });

/** The XMP packet of a PDF (pdfkit writes it as an uncompressed Metadata stream), as UTF-8 text. */
function xmpPacket(pdf: Uint8Array): string {
  const bytes = Buffer.from(pdf);
  const start = bytes.indexOf('<?xpacket begin');
  const endMarker = '<?xpacket end="w"?>';
  const end = bytes.indexOf(endMarker, start);
  expect(start, 'an XMP packet').toBeGreaterThan(0);
  return bytes.subarray(start, end + endMarker.length).toString('utf8');
}

describe('PDF metadata', () => {
  it.each([
    ['reading edition', outputs.pdf],
    ['booklet', outputs.booklet],
  ])('the %s carries well-formed XMP with the titles and author as written', (_, pdf) => {
    const problems: string[] = [];
    const xmp = new DOMParser({ onError: (level, message) => problems.push(`${level}: ${message}`) }).parseFromString(xmpPacket(pdf), 'text/xml');
    expect(problems).toEqual([]);
    const text = (tag: string) => Array.from(xmp.getElementsByTagName(tag), (node: Element) => node.textContent?.trim());
    expect(text('pdf:Keywords')).toEqual([TITLE_EN]);
    const creator = xmp.getElementsByTagName('dc:creator')[0]!;
    expect(Array.from(creator.getElementsByTagName('rdf:li'), (node: Element) => node.textContent)).toEqual([AUTHOR]);
  });

  it('keeps the document information dictionary as written (PDF strings, not XML)', () => {
    // pdfkit writes each entry of the dictionary as an object of its own: `829 0 obj\n(Glands & hormones <A5>)`.
    expect(Buffer.from(outputs.pdf).toString('latin1')).toContain(`\n(${TITLE_EN})\nendobj`);
  });
});
