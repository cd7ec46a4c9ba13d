import { bookFacts } from '@book/facts-view';
import type { Book } from '@book/model';
import { fontBytes, subsetFont } from '@book/fonts';
import type { Chapter, Options } from 'epub-gen-memory';
import { ReproducibleEpub } from './epub/reproducible-epub.js';
import { FONT_FILES, STYLESHEET } from './epub/style.js';
import { FIGURE_STYLESHEET } from './epub/figure-style.js';
import * as templates from './epub/templates.js';
import { packageMetadata } from './epub/package-metadata.js';
import { chapterSerializer, serializeDocument, serializeLongDocument, type SerializedDocument } from './html/chapter-xhtml.js';
import { coverImage } from './cover/cover-image.js';
import { coverToHast } from './html/cover.js';
import { chapterFile, COVER_FILE, COVER_IMAGE, GLOSSARY_FILE } from './html/files.js';
import { glossaryToHast } from './html/glossary.js';
import { createLinker } from './html/links.js';
import { joinStretches, LIST_MARKER_STRETCHES } from './html/text-by-weight.js';
import { navToHast, tocEntries } from './html/toc.js';

/** What epub-gen-memory passes through to templates.ts besides its own fields. */
type TemplateChapter = Chapter & { body: string; itemId: string; properties?: string };
type TemplateOptions = Options & { meta: ReturnType<typeof packageMetadata>; nav: string; tocTree: ReturnType<typeof tocEntries> };

export interface BuildEpubOptions {
  /** Full TTFs to subset; defaults to Noto Sans Devanagari from @book/fonts. */
  fonts?: { regular: Uint8Array; bold: Uint8Array };
}

/** An EPUB 3 of the Book: cover page, nav + NCX, one XHTML per chapter, glossary, subset fonts. Same Book, same bytes. */
export async function buildEpub(book: Book, options: BuildEpubOptions = {}): Promise<Uint8Array> {
  if (!book?.meta || !Array.isArray(book.chapters) || book.chapters.length === 0) {
    throw new TypeError('buildEpub(book): book must be a validated Book (see @book/model bookSchema) with at least one chapter');
  }
  const { ui } = book.meta;
  const link = createLinker(book);
  const toc = tocEntries(book);
  const facts = bookFacts(book);

  const chapters = chapterSerializer(link);
  const glossary = glossaryToHast(book, facts);
  const serialized: ({ itemId: string; filename: string; title: string; beforeToc: boolean } & SerializedDocument)[] = [
    { itemId: 'cover', filename: COVER_FILE, title: book.meta.title, beforeToc: true, ...serializeDocument([coverToHast(book.meta)]) },
    ...book.chapters.map((chapter, index) => ({
      itemId: `chapter-${chapter.id}`,
      filename: chapterFile(chapter.id),
      title: chapter.title,
      beforeToc: false,
      ...chapters.xhtml(chapter, facts[index]!.glands, ui),
    })),
    { itemId: 'glossary', filename: GLOSSARY_FILE, title: ui.glossary, beforeToc: false, ...serializeLongDocument(glossary.frame, glossary.entries) },
  ];
  chapters.done();
  const nav = serializeDocument(navToHast(book, toc));

  const text = joinStretches([LIST_MARKER_STRETCHES, ...serialized.map((doc) => doc.text), nav.text]);
  const full = options.fonts ?? { regular: fontBytes('regular'), bold: fontBytes('bold') };
  const fonts = [
    { filename: FONT_FILES.regular, bytes: () => subsetFont(full.regular, text.regular) },
    { filename: FONT_FILES.bold, bytes: () => subsetFont(full.bold, text.bold) },
  ];

  const content = serialized.map(
    (doc): TemplateChapter => ({
      title: doc.title,
      filename: doc.filename,
      beforeToc: doc.beforeToc,
      excludeFromToc: doc.beforeToc,
      // epub-gen-memory re-serialises `content` with every non-ASCII letter as &#x…;, so the template prints `body`.
      content: '',
      body: doc.xhtml,
      itemId: doc.itemId,
      // A document with inline SVG (a figure) must say so in the manifest.
      ...(doc.xhtml.includes('<svg') ? { properties: 'svg' } : {}),
    }),
  );
  const meta = packageMetadata(book, toc);
  const epubOptions: TemplateOptions = {
    title: book.meta.title,
    author: book.meta.author,
    publisher: book.meta.publisher,
    lang: book.meta.language,
    date: meta.modified,
    tocTitle: ui.contents,
    css: STYLESHEET + FIGURE_STYLESHEET,
    ...templates,
    verbose: false,
    meta,
    nav: nav.xhtml,
    tocTree: toc,
  };
  const epub = new ReproducibleEpub(epubOptions, content, fonts, new Date(meta.modified), [{ filename: COVER_IMAGE, bytes: () => coverImage(book.meta) }]);
  return new Uint8Array(await epub.genEpub());
}
