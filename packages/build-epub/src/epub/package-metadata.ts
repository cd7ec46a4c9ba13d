import type { Book } from '@book/model';
import { COVER_IMAGE } from '../html/files.js';
import type { TocEntry } from '../html/toc.js';

/** What the OPF and NCX templates print about the book, all from book.meta (the only timestamp is meta.modified). */
export function packageMetadata(book: Book, toc: TocEntry[]) {
  const { meta } = book;
  const modified = new Date(meta.modified);
  if (Number.isNaN(modified.getTime())) throw new TypeError(`book.meta.modified must be an ISO date-time, got "${meta.modified}"`);
  return {
    identifier: meta.identifier,
    subtitle: meta.subtitle,
    author: meta.author,
    publisher: meta.publisher,
    license: meta.license,
    description: meta.description,
    source: meta.source?.url,
    // dcterms:modified must be CCYY-MM-DDThh:mm:ssZ, without fractions of a second.
    modified: modified.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    date: modified.toISOString().slice(0, 10),
    tocDepth: depth(toc),
    ui: meta.ui,
    coverImage: COVER_IMAGE,
    accessibilitySummary:
      'Text-only Hindi study guide with structural headings, a table of contents, data tables with captions and header cells, ' +
      'a linked glossary, language-tagged English terms and an embedded Devanagari font. The only image is the cover, with a text ' +
      'alternative; no audio or hazards.',
  };
}

function depth(entries: TocEntry[]): number {
  return entries.reduce((max, entry) => Math.max(max, 1 + depth(entry.children)), 0);
}
