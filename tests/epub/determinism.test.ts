import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { buildEpub } from '@book/build-epub';
import { subject } from './helpers/subject.js';

const epub = await subject();
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

describe(`reproducible ${epub.source} EPUB`, () => {
  it('is rebuilt byte for byte from the same Book (in this process, the CLI built it in another)', async () => {
    const again = await buildEpub(epub.book);
    expect(same(again, epub.bytes)).toBe(true);
  });

  it('starts with the mimetype, stored uncompressed, as the first zip entry', () => {
    const bytes = Buffer.from(epub.bytes);
    expect(bytes.readUInt32LE(0)).toBe(0x04034b50);
    expect(bytes.readUInt16LE(8)).toBe(0); // compression method: stored
    const nameLength = bytes.readUInt16LE(26);
    expect(bytes.toString('latin1', 30, 30 + nameLength)).toBe('mimetype');
    expect(bytes.toString('latin1', 30 + nameLength + bytes.readUInt16LE(28), 30 + nameLength + bytes.readUInt16LE(28) + 20)).toBe('application/epub+zip');
  });

  it('dates every zip entry and the package with book.meta.modified, never the clock', async () => {
    const later = { ...epub.book, meta: { ...epub.book.meta, modified: '2027-03-04T05:06:08Z' } };
    const zip = await JSZip.loadAsync(await buildEpub(later));
    for (const entry of Object.values(zip.files)) expect(entry.date.toISOString(), entry.name).toBe('2027-03-04T05:06:08.000Z');
    const opf = await zip.file('OEBPS/content.opf')!.async('string');
    expect(opf).toContain('<meta property="dcterms:modified">2027-03-04T05:06:08Z</meta>');
    expect(opf).toContain(`<dc:identifier id="pub-id">${epub.book.meta.identifier}</dc:identifier>`);
  });

  // 97 KB before the cover image (13 KB PNG, stored), the facts every output prints and the science corrections
  // (about 40 % more text) and the five figures (8.2 KB: inline SVG, captions, alt text, their glyphs); the budget still catches an unsubset font (each full face is over 300 KB).
  it(`is under 160 KB (${epub.bytes.length} bytes)`, () => {
    console.log(`EPUB size: ${epub.bytes.length} bytes (${epub.source})`);
    expect(epub.bytes.length).toBeLessThan(160_000);
    expect(readFileSync(epub.path).length).toBe(epub.bytes.length);
  });
});
