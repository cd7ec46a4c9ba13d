import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';
import type { Book } from '@book/model';
import { buildEpub } from '@book/build-epub';
import { fixtureBook } from '../../fixtures/book.js';
import { dist } from '../../helpers/dist.js';

export interface Subject {
  /** dist: the EPUB `npm run build` made from the real Book; fixture: built here from the package's fixture Book. */
  source: 'dist' | 'fixture';
  book: Book;
  path: string;
  bytes: Uint8Array;
  files: Map<string, Uint8Array>;
  /** Zip entry names in archive order. */
  order: string[];
}

const distBook = dist.book;
const distEpub = dist.epub;

let cached: Promise<Subject> | undefined;

/**
 * The EPUB under test: dist/ when the build made it, else the fixture Book built into a temp dir
 * (EPUB_TEST_SOURCE=fixture forces the fixture, e.g. while dist/ is stale).
 */
export function subject(): Promise<Subject> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Subject> {
  let source: Subject['source'] = 'fixture';
  let book: Book = fixtureBook;
  let path: string;
  if (process.env.EPUB_TEST_SOURCE !== 'fixture' && existsSync(distBook) && existsSync(distEpub)) {
    source = 'dist';
    book = JSON.parse(readFileSync(distBook, 'utf8')) as Book;
    path = distEpub;
  } else {
    path = join(mkdtempSync(join(tmpdir(), 'epub-test-')), 'fixture.epub');
    writeFileSync(path, await buildEpub(book));
  }
  const bytes = new Uint8Array(readFileSync(path));
  const zip = await JSZip.loadAsync(bytes);
  const files = new Map<string, Uint8Array>();
  const order: string[] = [];
  for (const [name, entry] of Object.entries(zip.files)) {
    order.push(name);
    if (!entry.dir) files.set(name, await entry.async('uint8array'));
  }
  return { source, book, path, bytes, files, order };
}

export function text(subject: Subject, name: string): string {
  const bytes = subject.files.get(name);
  if (!bytes) throw new Error(`${name} is not in the EPUB (has: ${[...subject.files.keys()].join(', ')})`);
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

export function xml(subject: Subject, name: string): Document {
  return new DOMParser({ onError: (level, message) => { throw new Error(`${name}: ${level} ${message}`); } }).parseFromString(
    text(subject, name),
    name.endsWith('.opf') || name.endsWith('.ncx') ? 'application/xml' : 'application/xhtml+xml',
  );
}

export function elements(node: Document | Element, tagName: string): Element[] {
  return Array.from(node.getElementsByTagName(tagName));
}

/** textContent with whitespace runs collapsed, as a reader would see it. */
export function visibleText(node: Element): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}
