import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import PDFDocument from './pdfkit.js';
import type { Book } from '@book/model';
import { keepingBetweenBuilds } from '@book/kept-files';

/** pdfkit internals this builder relies on (not in @types/pdfkit). */
export interface DocInternals {
  page: { fonts: Record<string, unknown>; xobjects: Record<string, unknown>; height: number };
  ref(data: object): { data: Record<string, unknown>; write(chunk: Uint8Array | string): void; end(): void };
  appendXML(xml: string): void;
  info: Record<string, unknown>;
  _addInfo(): void;
  _write(data: Uint8Array | string): void;
  _offset: number;
}

/**
 * Content-stream operators as the bytes pdfkit would make of them (it turns a string into one byte per character
 * and ends it with a newline), made natively: pdfkit's own conversion is a JavaScript loop, 0.6 s of a 100x
 * PDF build. The operators are ASCII, so the bytes are the same.
 */
export function contentBytes(ops: string): Uint8Array {
  return Buffer.from(`${ops}\n`, 'latin1');
}

/** A pdfkit document whose bytes depend only on the Book: fixed dates from book.meta.modified, derived file ID. */
export function newDocument(book: Book, options: { title: string; tagged: boolean; size: [number, number] }): PDFKit.PDFDocument {
  const date = new Date(book.meta.modified);
  if (Number.isNaN(date.getTime())) throw new TypeError(`book.meta.modified is not a date-time: ${book.meta.modified}`);
  const doc = new PDFDocument({
    autoFirstPage: false,
    // No default font: pdfkit would parse Helvetica's metrics for every document, which no page of ours uses.
    font: null,
    pdfVersion: '1.7',
    compress: true,
    size: options.size,
    margin: 0,
    tagged: options.tagged,
    lang: book.meta.language,
    displayTitle: true,
    info: {
      Title: options.title,
      Author: book.meta.author,
      Subject: book.meta.titleEn,
      Keywords: book.meta.titleEn,
      Creator: '@book/build-pdf',
      Producer: 'PDFKit',
      CreationDate: date,
      ModDate: date,
    },
  } as unknown as PDFKit.PDFDocumentOptions); // @types/pdfkit has no font: null
  escapeXmpInfo(doc);
  if (keepingBetweenBuilds()) deflaters.set(doc, deflateOnce(doc));
  else {
    deflatedStreams.clear();
    deflaters.set(doc, (bytes) => deflateSync(bytes));
  }
  collectBytes(doc);
  return doc;
}

/** How each document deflates a stream: as pdfkit does (zlib.deflateSync, default level), in watch mode once per content. */
const deflaters = new WeakMap<PDFKit.PDFDocument, (bytes: Uint8Array) => Uint8Array>();

/** A page's content stream as this builder writes it (see pageContent). */
export interface PageContent {
  /** Appends the parts joined and a newline: what `doc.addContent(parts.join(''))` appends. */
  add(parts: readonly string[]): void;
  /** The stream, deflated as written in the document: once the page has been written. */
  deflated(): Uint8Array;
}

/**
 * Takes over the current page's content stream. pdfkit turns every string written to a page (each line's operators,
 * each marked-content operator around it) into its own small array with a JavaScript loop, copies them into one
 * array when the page ends, deflates that and copies it once more into the file: a big book has a few of each per
 * line. Here the pieces (ours through `add`, pdfkit's own through its write) are kept as they come, written into one
 * buffer when pdfkit writes the page, deflated as pdfkit would (zlib.deflateSync, default level) and written as
 * they are. The bytes are pdfkit's: its operators are one byte per character, as `latin1` writes them.
 * The booklet places each A5 page as a form XObject with this very stream, so a page is deflated once for both files.
 */
export function pageContent(doc: PDFKit.PDFDocument): PageContent {
  const content = (doc as unknown as { page?: { content?: StreamRef } }).page?.content;
  const deflate = deflaters.get(doc);
  if (!content || typeof content.finalize !== 'function' || typeof content.write !== 'function' || !content.data || !Array.isArray(content.buffer)) throw new TypeError('this pdfkit page has no content reference with write(), finalize(), data and buffer: check pageContent in build-pdf');
  if (!deflate) throw new TypeError('pageContent: the document was not made by newDocument');
  if (!content.compress) throw new TypeError('pageContent: the page content is not to be compressed; make the document with compress: true');
  // pdfkit has already written its flip to top-down coordinates, when it added the page.
  const pieces: (string | Uint8Array)[] = [...content.buffer];
  let length = 0;
  for (const chunk of content.buffer) length += chunk.length;
  /** What pdfkit's write records of a chunk besides the chunk itself, in the same order (the keys' order is in the file). */
  const count = (size: number): void => {
    length += size;
    content.uncompressedLength += size;
    content.data.Length = ((content.data.Length as number | undefined) ?? 0) + size;
    content.data.Filter = 'FlateDecode';
  };
  content.write = (chunk: Uint8Array | string): void => {
    if (typeof chunk === 'string') {
      pieces.push(chunk, '\n');
      count(chunk.length + 1);
    } else {
      pieces.push(chunk);
      count(chunk.length);
    }
  };
  let deflated: Uint8Array | undefined;
  const finalize = content.finalize;
  content.finalize = function (this: StreamRef) {
    const bytes = Buffer.allocUnsafe(length);
    let at = 0;
    for (const piece of pieces) {
      if (typeof piece === 'string') at += bytes.write(piece, at, 'latin1');
      else {
        bytes.set(piece, at);
        at += piece.length;
      }
    }
    pieces.length = 0;
    deflated = deflate(bytes);
    endWithStream(this, deflated, finalize);
  };
  return {
    add(parts) {
      let size = 1;
      for (const part of parts) {
        pieces.push(part);
        size += part.length;
      }
      pieces.push('\n');
      count(size);
    },
    deflated() {
      if (!deflated) throw new TypeError('pageContent: the page has not been written yet; finish the document first');
      return deflated;
    },
  };
}

/**
 * Has pdfkit write `ref` (its dictionary, `/Filter` included) with `stream`, already filtered, as its stream. Given
 * the bytes through write(), pdfkit's finalize would copy them into a new array first: for a big book's pages, the
 * size of the file once more in garbage. So its finalize writes the object with no stream, and the stream goes in
 * where it would have written it, before `endobj`.
 */
export function endWithStream(ref: StreamRef, stream: Uint8Array, finalize: () => void = ref.finalize): void {
  const doc = ref.document;
  const write = doc._write;
  if (!doc || typeof write !== 'function') throw new TypeError('this pdfkit reference has no document with _write: check endWithStream in build-pdf');
  ref.buffer = [];
  ref.data.Length = stream.length;
  doc._write = function (this: DocInternals, data: Uint8Array | string) {
    if (data === 'endobj') {
      write.call(this, 'stream');
      write.call(this, stream);
      write.call(this, '\nendstream');
    }
    write.call(this, data);
  };
  try {
    finalize.call(ref);
  } finally {
    doc._write = write;
  }
}

/** The part of pdfkit's PDFReference (a PDF object, maybe with a stream) this file relies on. */
export interface StreamRef {
  document: DocInternals;
  data: Record<string, unknown>;
  compress: boolean;
  uncompressedLength: number;
  buffer: Uint8Array[];
  write(chunk: Uint8Array | string): void;
  finalize(): void;
}

/** Deflated streams by the SHA-256 of their bytes, with the number of the document that last used each. */
const deflatedStreams = new Map<string, { deflated: Uint8Array; usedBy: number }>();
let documents = 0;
/** How many documents back a deflated stream is kept: the reading edition and the booklet of the last build. */
const KEEP_DOCUMENTS = 4;

/**
 * pdfkit deflates every stream (zlib.deflateSync, default level) when the object is written. In watch mode most
 * streams (the pages of unchanged chapters, the figures, the glyphs) are the bytes the last build deflated, so
 * each is deflated here, the same way, once per content; pdfkit then writes the deflated bytes as they are.
 */
function deflateOnce(doc: PDFKit.PDFDocument): (bytes: Uint8Array) => Uint8Array {
  const internals = doc as unknown as { ref(data?: object): StreamRef };
  const ref = internals.ref;
  if (typeof ref !== 'function') throw new TypeError('this pdfkit has no ref(): check deflateOnce in build-pdf against its document');
  const documentNumber = ++documents;
  for (const [key, entry] of deflatedStreams) if (entry.usedBy <= documentNumber - KEEP_DOCUMENTS) deflatedStreams.delete(key);
  const deflate = (bytes: Uint8Array): Uint8Array => {
    const key = createHash('sha256').update(bytes).digest('base64');
    let entry = deflatedStreams.get(key);
    if (!entry) deflatedStreams.set(key, (entry = { deflated: deflateSync(bytes), usedBy: documentNumber }));
    entry.usedBy = documentNumber;
    return entry.deflated;
  };
  internals.ref = function (this: unknown, data?: object) {
    const made = ref.call(this, data);
    const finalize = made.finalize;
    if (typeof finalize !== 'function' || !Array.isArray(made.buffer)) throw new TypeError('this pdfkit reference has no finalize() or buffer: check deflateOnce in build-pdf');
    made.finalize = function (this: StreamRef) {
      if (this.compress && this.buffer.length) {
        this.buffer = [deflate(Buffer.concat(this.buffer))];
        this.compress = false; // written as deflated above; pdfkit already set /Filter /FlateDecode
      }
      finalize.call(this);
    };
    return made;
  };
  return deflate;
}

/**
 * Where a document's bytes go instead of pdfkit's readable stream. pdfkit writes every object as a few small
 * chunks (header, dictionary, stream, "endobj"), each copied into its own Uint8Array and queued on the stream
 * until finish() reads them: millions of small buffers for a big book, which cost more in memory and garbage
 * collection than the bytes themselves. Here they are copied into large blocks as they come.
 */
class ByteSink {
  private static readonly BLOCK = 1 << 20;
  private readonly full: Buffer[] = [];
  private block = Buffer.allocUnsafe(ByteSink.BLOCK);
  private used = 0;

  /** Appends `data` (a string: one byte per character, as pdfkit's fromBinaryString) and returns its length. */
  write(data: Uint8Array | string): number {
    const length = data.length;
    if (length > this.block.length - this.used) this.grow(length);
    if (typeof data === 'string') this.block.write(data, this.used, 'latin1');
    else this.block.set(data, this.used);
    this.used += length;
    return length;
  }

  private grow(length: number): void {
    this.full.push(this.block.subarray(0, this.used));
    this.block = Buffer.allocUnsafe(Math.max(ByteSink.BLOCK, length));
    this.used = 0;
  }

  bytes(): Buffer {
    return Buffer.concat([...this.full, this.block.subarray(0, this.used)]);
  }
}

const sinks = new WeakMap<PDFKit.PDFDocument, ByteSink>();

function collectBytes(doc: PDFKit.PDFDocument): void {
  const internals = doc as unknown as DocInternals;
  if (typeof internals._write !== 'function' || typeof internals._offset !== 'number') {
    throw new TypeError('this pdfkit has no _write/_offset: check collectBytes in build-pdf against its PDFDocument');
  }
  const sink = new ByteSink();
  // pdfkit has already written the header through the stream; it is moved into the sink so the bytes stay in order.
  let chunk: Buffer | null;
  while ((chunk = doc.read() as Buffer | null) !== null) sink.write(chunk);
  internals._write = function (this: DocInternals, data: Uint8Array | string) {
    this._offset += sink.write(typeof data === 'string' ? `${data}\n` : data);
  };
  sinks.set(doc, sink);
}

/**
 * pdfkit copies the document information (title, author, subject, keywords) into its XMP packet as they are, so
 * an `&` or `<` in a title would make the packet malformed XML. Its XMP is written from escaped copies; the
 * information dictionary, a PDF string each, keeps the text as written.
 */
function escapeXmpInfo(doc: PDFKit.PDFDocument): void {
  const internals = doc as unknown as DocInternals;
  const addInfo = internals._addInfo;
  if (typeof addInfo !== 'function') throw new TypeError('this pdfkit has no _addInfo: check escapeXmpInfo in build-pdf against its metadata mixin');
  internals._addInfo = function (this: DocInternals) {
    const info = this.info;
    this.info = Object.fromEntries(Object.entries(info).map(([key, value]) => [key, typeof value === 'string' ? xmlText(value) : value]));
    try {
      addInfo.call(this);
    } finally {
      this.info = info;
    }
  };
}

function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Adds dc:language to the XMP packet pdfkit writes (it writes title, creator and dates itself). */
export function addXmpLanguage(doc: PDFKit.PDFDocument, language: string): void {
  (doc as unknown as DocInternals).appendXML(
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:language><rdf:Bag><rdf:li>${language}</rdf:li></rdf:Bag></dc:language></rdf:Description>`,
  );
}

/** Ends the document and returns its bytes (pdfkit has written everything once end() returns). */
export function finish(doc: PDFKit.PDFDocument): Uint8Array {
  const sink = sinks.get(doc);
  if (!sink) throw new TypeError('finish: the document was not made by newDocument');
  doc.end();
  const bytes = sink.bytes();
  if (!bytes.subarray(-6).toString('latin1').includes('%%EOF')) throw new TypeError('pdfkit did not finish the document synchronously');
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
