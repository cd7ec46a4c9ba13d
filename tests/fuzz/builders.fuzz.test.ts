import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBook, unsupportedCharacters, type Book } from '@book/model';
import { buildPdf } from '@book/build-pdf';
import { buildEpub } from '@book/build-epub';
import { buildAnki } from '@book/build-anki';
import { mutate, proseMutation, trickyText } from './arbitraries.js';
import { fuzzRuns, fuzzSeed, recordCrash } from './settings.js';

const valid = join(import.meta.dirname, '..', 'fixtures', 'valid');
const work = mkdtempSync(join(tmpdir(), 'fuzz-builders-'));
cpSync(valid, work, { recursive: true });
const chapter = readFileSync(join(valid, 'thyroid.md'), 'utf8');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builder runs cost ~0.5 s each, so they get a tenth of the loader's case count. */
const runs = Math.max(5, Math.round(fuzzRuns / 10));

/** How many cases of the running property reached each builder (a Book the loader refused reaches none). */
type Reached = Record<'pdf' | 'epub' | 'anki', number>;
const noneReached = (): Reached => ({ pdf: 0, epub: 0, anki: 0 });

async function buildEverything(book: Book, label: string, input: string, reached: Reached = noneReached()): Promise<void> {
  try {
    reached.pdf++;
    const pdf = buildPdf(book, { pdfName: 'fuzz.pdf' });
    expect(pdf.pdf.length).toBeGreaterThan(1000);
    reached.epub++;
    const epub = await buildEpub(book);
    expect(epub.length).toBeGreaterThan(1000);
    reached.anki++;
    const anki = await buildAnki(book, pdf.pageMap, {});
    expect(anki.apkg.length).toBeGreaterThan(1000);
  } catch (error) {
    recordCrash(label, input, error);
    throw error;
  }
}

const crashes = join(import.meta.dirname, '..', 'fixtures', 'fuzz-crashes');
const crashInputs = readdirSync(crashes).filter((name) => !name.endsWith('.error.txt')).sort();

/** Put a text where a Book-level fuzz case put it (a sentence, a heading or a hormone name). */
function placeText(base: Book, text: string, where: string): Book {
  const book = structuredClone(base) as Book;
  const blocks = book.chapters[0]!.blocks;
  if (where === 'sentence') {
    const paragraph = blocks.find((b) => b.type === 'paragraph')!;
    if (paragraph.type === 'paragraph') paragraph.sentences[0]!.runs.push({ text: ` ${text}`, strong: true });
  } else if (where === 'heading') {
    const heading = blocks.find((b) => b.type === 'heading')!;
    if (heading.type === 'heading') heading.runs = [{ text }];
  } else {
    book.chapters[1]!.glands[0]!.hormones![0]!.name.hi = text;
  }
  return book;
}

/** Supported-character text with hard shaping cases: lone marks, stacked viramas, joiners, mixed scripts. */
const printable = trickyText.map((text) => {
  let out = text;
  for (const { char } of unsupportedCharacters(text, Infinity)) out = out.replace(char, '');
  return out.replace(/[\n\t]/g, ' ').trim() || 'क्';
});

describe(`builder fuzz (${runs} cases per property, seed ${fuzzSeed})`, () => {
  it('every Book the loader accepts from mutated Markdown builds into a PDF, an EPUB and a deck', async () => {
    const reached = noneReached();
    await fc.assert(
      fc.asyncProperty(fc.array(proseMutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
        const text = mutate(chapter, mutations);
        writeFileSync(join(work, 'thyroid.md'), text);
        const { book } = loadBook(work);
        if (book) await buildEverything(book, 'thyroid.md', text, reached);
      }),
      { numRuns: runs, seed: fuzzSeed },
    );
    console.log(`mutated Markdown: of ${runs} cases, ${reached.pdf} reached the PDF builder, ${reached.epub} the EPUB builder, ${reached.anki} the Anki builder`);
    // The mutations are chosen to keep content valid most of the time; a property whose cases all stop at the
    // loader would test nothing of the builders.
    for (const builder of ['pdf', 'epub', 'anki'] as const) expect(reached[builder], builder).toBeGreaterThanOrEqual(Math.ceil(runs / 2));
  });

  it('any printable text in a sentence, a heading or a name builds (shaping, line breaking, cloze, escaping)', async () => {
    const base = loadBook(valid).book!;
    const reached = noneReached();
    await fc.assert(
      fc.asyncProperty(printable, fc.constantFrom('sentence', 'heading', 'name'), async (text, where) => {
        await buildEverything(placeText(base, text, where), `${where}.txt`, text, reached);
      }),
      { numRuns: runs, seed: fuzzSeed },
    );
    console.log(`printable text: of ${runs} cases, ${reached.pdf} reached the PDF builder, ${reached.epub} the EPUB builder, ${reached.anki} the Anki builder`);
    for (const builder of ['pdf', 'epub', 'anki'] as const) expect(reached[builder], builder).toBe(runs);
  });
});

describe('every crash the fuzzer ever found stays fixed (tests/fixtures/fuzz-crashes)', () => {
  it.each(crashInputs)('%s', async (name) => {
    const input = readFileSync(join(crashes, name), 'utf8');
    const [, target] = name.match(/^[0-9a-f]+-(.+)$/)!;
    if (target!.endsWith('.md')) {
      writeFileSync(join(work, target!), input);
      try {
        const { book } = loadBook(work);
        if (book) await buildEverything(book, target!, input);
      } finally {
        writeFileSync(join(work, target!), readFileSync(join(valid, target!), 'utf8'));
      }
    } else {
      await buildEverything(placeText(loadBook(valid).book!, input, target!.replace(/\.txt$/, '')), target!, input);
    }
  });
});
