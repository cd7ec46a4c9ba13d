import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadBook, type Book } from '@book/model';
import { buildEpub } from '@book/build-epub';
import { layoutBook } from '../../packages/build-pdf/src/layout/book.js';
import { ClusterFont } from '../../packages/build-pdf/src/font/cluster-font.js';
import type { FontSet } from '../../packages/build-pdf/src/pdf/text-ops.js';
import { shape } from '../../packages/build-pdf/src/shaping/shaper.js';

// `#id` links are checked once, in the model, by the resolver the PDF and the EPUB both use to place them.
const valid = join(import.meta.dirname, '..', 'fixtures', 'valid');
const SENTENCE = 'इस ग्रंथि में **थाइरॉक्सीन** नामक हारमोन (T4) बनता है।';

function contentWithLinks(links: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-links-'));
  cpSync(valid, dir, { recursive: true });
  const path = join(dir, 'thyroid.md');
  writeFileSync(path, readFileSync(path, 'utf8').replace(SENTENCE, `${SENTENCE} ${links}`));
  return dir;
}

function pdfLinkDests(book: Book): string[] {
  const regular = new ClusterFont('regular', shape('regular', ' ')[0]!.gid);
  const bold = new ClusterFont('bold', shape('bold', ' ')[0]!.gid);
  const fonts: FontSet = { get: (w) => (w === 'bold' ? { font: bold, resourceName: 'F2' } : { font: regular, resourceName: 'F1' }) };
  return layoutBook(book, fonts, 'book.pdf').pages.flatMap((page) => page.links.map((link) => link.dest));
}

describe('internal links', () => {
  it('a link to an id that does not exist is refused at validation, with its position and rule id', () => {
    const { book, files } = loadBook(contentWithLinks('[देखें](#no-such-id) और [परिचय](#overview)।'));
    expect(book).toBeUndefined();
    const found = files.flatMap((f) => f.messages.map((m) => `${f.path}:${m.line}:${m.column} ${m.ruleId} ${m.reason.split('.')[0]}`));
    expect(found).toEqual(['thyroid.md:29:56 link-unknown Link to "#no-such-id" points to nothing in the book']);
  });

  it('links to a chapter and to a glossary entry land on the same target in the EPUB and the PDF', async () => {
    const { book } = loadBook(contentWithLinks('[परिचय](#overview) और [थाइरॉक्सीन](#thyroxine)।'));
    expect(book).toBeDefined();
    const epub = unzipSync(await buildEpub(book!));
    const chapter = strFromU8(Object.entries(epub).find(([name]) => name.endsWith('thyroid.xhtml'))![1]);
    expect(chapter).toContain('href="overview.xhtml"');
    expect(chapter).toContain('href="glossary.xhtml#thyroxine"');
    expect(pdfLinkDests(book!)).toEqual(expect.arrayContaining(['overview', 'thyroxine']));
  });

  it('a Book not from the loader with a dangling link makes both builders fail naming it, never a silently dropped link', async () => {
    const { book } = loadBook(contentWithLinks('[परिचय](#overview)।'));
    const broken = JSON.parse(JSON.stringify(book)) as Book;
    const paragraph = broken.chapters[1]!.blocks.find((b) => b.type === 'paragraph')!;
    if (paragraph.type !== 'paragraph') throw new TypeError('fixture: thyroid.md starts with a paragraph');
    paragraph.sentences[0]!.runs.push({ text: 'कहीं नहीं', href: '#nowhere' });
    expect(() => pdfLinkDests(broken)).toThrow(/#nowhere/);
    await expect(buildEpub(broken)).rejects.toThrow(/#nowhere/);
  });
});
