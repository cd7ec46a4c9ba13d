import { describe, expect, it } from 'vitest';
import { flat } from '../pdf/helpers/extract.js';
import { hasPath, hasTool } from '../helpers/tools.js';
import { builtBook, builtPages, outFile } from './helpers.js';

const ready = hasTool('pdftotext', 'poppler-utils') && hasPath(outFile('pdf'), 'built by npm run build');
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.skipIf(!ready)('the PDF glossary', () => {
  it('gives every entry page numbers, and each of those pages prints the term', () => {
    const book = builtBook();
    const pages = builtPages(book);
    // The glossary is the last part of the book: the pages after the last chapter's.
    const start = pages.findLastIndex((text) => text.startsWith(flat(book.meta.ui.glossary)));
    const glossary = pages.slice(Math.max(start, 0)).join(' ');
    let numbers = 0;
    let good = 0;
    const wrong: string[] = [];
    for (const entry of book.glossary) {
      const forms = [entry.name.hi, ...(entry.name.aliases ?? [])].map(flat);
      // The term, then the editorial mark where the editors added it, then its page numbers.
      const editorial = entry.from === 'editorial' ? ` · ${escape(flat(book.meta.ui.editorial))}` : '';
      const found = new RegExp(
        `(?:^| )${escape(flat(entry.name.hi))}${editorial}(?: — ${escape(flat(entry.name.en))})? (\\d+(?:, \\d+)*)(?: |$)`,
      ).exec(glossary);
      if (!found) {
        wrong.push(`${entry.name.hi}: no page number`);
        continue;
      }
      for (const page of found[1]!.split(', ').map(Number)) {
        numbers += 1;
        if (forms.some((form) => (pages[page - 1] ?? '').includes(form))) good += 1;
        else wrong.push(`${entry.name.hi} → ${page}`);
      }
    }
    console.log(`glossary: ${book.glossary.length} entries, ${good} of ${numbers} page numbers lead to a page printing the term`);
    expect(wrong).toEqual([]);
  });

  it('says what a page number in bold means, under its heading and before the first entry', () => {
    const book = builtBook();
    const pages = builtPages(book);
    const first = pages.findLastIndex((text) => text.startsWith(flat(book.meta.ui.glossary)));
    const text = pages[first] ?? '';
    const legend = text.indexOf(flat(book.meta.ui.glossaryLegend));
    expect(legend).toBeGreaterThan(0);
    expect(legend).toBeLessThan(text.indexOf(flat(book.glossary[0]!.name.hi)));
  });
});
