import { nameForms } from './names.js';
import type { Block, Chapter, GlossaryEntry } from './schema/index.js';

const collator = new Intl.Collator('hi');
const DEVANAGARI_LETTER = /[\u0900-\u0963\u0966-\u097F]/;

/**
 * Every gland, part, hormone, disorder and term, with the blocks whose text uses it, sorted in Hindi order.
 * Linear in the size of the book: block texts are indexed by their Devanagari words once, and a name is only
 * searched for in the blocks that contain its first word. Scanning every block for every name grew as
 * names × blocks: 53 s of a profiled 100× build (bench/), 202 ms → 33 ms at 10×, same output.
 */
export function buildGlossary(chapters: readonly Chapter[]): GlossaryEntry[] {
  const blocks = chapters.flatMap((chapter) => chapter.blocks.map((block) => ({ chapter: chapter.id, block })));
  const texts = blocks.map(({ block }) => blockText(block));
  const index = wordIndex(texts);
  const entries: GlossaryEntry[] = [];
  for (const chapter of chapters) {
    const add = (kind: GlossaryEntry['kind'], { id, name, from }: Pick<GlossaryEntry, 'id' | 'name' | 'from'>) => {
      const forms = nameForms(name);
      const found = new Set<number>();
      for (const form of forms) {
        // A form of one word is in exactly the blocks the index lists for it: no need to look for it in their text.
        const oneWord = ONE_WORD.test(form);
        for (const i of candidates(index, form, texts.length)) if (!found.has(i) && (oneWord || containsWord(texts[i]!, form))) found.add(i);
      }
      const uses = [...found].sort((a, b) => a - b).map((i) => ({ chapter: blocks[i]!.chapter, block: blocks[i]!.block.id }));
      entries.push({ id, kind, name, from, chapter: chapter.id, uses });
    };
    for (const gland of chapter.glands) {
      add('gland', gland);
      for (const part of gland.parts ?? []) add('part', part);
      for (const hormone of gland.hormones ?? []) add('hormone', hormone);
      for (const disorder of gland.disorders ?? []) add('disorder', disorder);
    }
    for (const term of chapter.terms) add('term', term);
  }
  return entries.sort((a, b) => collator.compare(a.name.hi, b.name.hi) || (a.id < b.id ? -1 : 1));
}

const DEVANAGARI_WORD = /[\u0900-\u0963\u0966-\u097F]+/gu;
const ONE_WORD = /^[\u0900-\u0963\u0966-\u097F]+$/u;

/** Block numbers by each maximal run of Devanagari letters (a "word" in the sense of containsWord). */
function wordIndex(texts: readonly string[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  texts.forEach((text, i) => {
    for (const [word] of text.matchAll(DEVANAGARI_WORD)) {
      const list = index.get(word);
      if (!list) index.set(word, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  return index;
}

/**
 * The blocks that can contain `form` as a whole word. In a whole-word match every maximal letter run of the form
 * is one of the text too (the form's own non-letters or the match's edges bound it), so only blocks holding the
 * form's rarest run qualify (its first run was often a word many blocks share); a form without Devanagari letters
 * is looked for everywhere.
 */
function candidates(index: Map<string, number[]>, form: string, count: number): Iterable<number> {
  let rarest: number[] | undefined;
  for (const [run] of form.matchAll(DEVANAGARI_WORD)) {
    const blocks = index.get(run) ?? [];
    if (!rarest || blocks.length < rarest.length) rarest = blocks;
  }
  return rarest ?? Array.from({ length: count }, (_, i) => i);
}

export function blockText(block: Block): string {
  switch (block.type) {
    case 'heading':
      return block.runs.map((run) => run.text).join('');
    case 'paragraph':
      return block.sentences.map((s) => s.runs.map((run) => run.text).join('')).join(' ');
    case 'list':
      return block.items.map((item) => item.runs.map((run) => run.text).join('')).join(' ');
    case 'table':
      return [block.header, ...block.rows].flat().map((cell) => cell.map((run) => run.text).join('')).join(' ');
    case 'figure':
      // Labels are words of the book like any other: a gland's glossary entry lists the figures that label it.
      return [block.caption, ...block.labels.map((label) => label.text)].join(' ');
  }
}

/** `form` occurs in `text` as a whole word: not glued to Devanagari letters or signs on either side. */
function containsWord(text: string, form: string): boolean {
  for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
    const before = text[at - 1];
    const after = text[at + form.length];
    if ((!before || !DEVANAGARI_LETTER.test(before)) && (!after || !DEVANAGARI_LETTER.test(after))) return true;
  }
  return false;
}
