import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Book } from '@book/model';
import { hasTool } from '../helpers/tools.js';
import { fixtureBook } from '../fixtures/book.js';
import { buildInto, proseText } from './helpers/built.js';
import { inOrderRecovery, mutool, pdfjs, pdftotext, tokens } from './helpers/extract.js';
import { hunspellWords } from './helpers/hb-shape.js';

const dictionary = '/usr/share/hunspell/hi_IN.dic';
// STRESS_WORDS=all measures the whole dictionary; the default keeps the test quick.
const limit = process.env.STRESS_WORDS === 'all' ? Infinity : 3000;

/** The fixture's frame with the hunspell-hi words as justified prose: every kind of syllable the language has. */
function dictionaryBook(): Book {
  const all = hunspellWords(dictionary);
  const step = Math.max(1, Math.floor(all.length / Math.min(limit, all.length)));
  const words = all.filter((_, i) => i % step === 0);
  const sentences = [];
  for (let i = 0; i < words.length; i += 14) sentences.push(`${words.slice(i, i + 14).join(' ')}।`);
  const paragraphs = [];
  for (let i = 0; i < sentences.length; i += 6) paragraphs.push(sentences.slice(i, i + 6));
  return {
    ...fixtureBook,
    chapters: [
      {
        ...fixtureBook.chapters[0]!,
        glands: [],
        blocks: paragraphs.map((p, n) => ({
          type: 'paragraph' as const,
          id: `overview/p${n + 1}`,
          editorial: false,
          sentences: p.map((text, s) => ({ id: `overview/p${n + 1}/s${s + 1}`, runs: [{ text }] })),
        })),
      },
    ],
    glossary: [],
  };
}

describe.skipIf(!hasTool(dictionary, 'hunspell-hi') || !hasTool('mutool', 'mupdf-tools') || !hasTool('pdftotext', 'poppler-utils'))('extraction of the hunspell-hi dictionary set as prose', () => {
  const book = dictionaryBook();
  const subject = buildInto(book, mkdtempSync(join(tmpdir(), 'pdf-stress-')));
  const expected = tokens(proseText(book));

  it.each([
    ['pdftotext', 1],
    ['mutool', 0.995],
    ['pdf.js', 0.995],
  ] as const)('%s recovers the dictionary words in order', async (name, threshold) => {
    const text = name === 'pdftotext' ? pdftotext(subject.pdf) : name === 'mutool' ? mutool(subject.pdf) : await pdfjs(subject.pdf);
    const r = inOrderRecovery(expected, tokens(text));
    console.log(`${name}: ${(r.ratio * 100).toFixed(3)}% of ${r.total} dictionary tokens over ${subject.pageMap.pageCount} pages${r.missing.length ? `; lost e.g. ${r.missing.slice(0, 6).join(' ')}` : ''}`);
    expect(r.ratio).toBeGreaterThanOrEqual(threshold);
  });
});
