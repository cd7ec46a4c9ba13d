import type { Block, Chapter, GlossaryEntry } from './schema/index.js';

const collator = new Intl.Collator('hi');
const DEVANAGARI_LETTER = /[\u0900-\u0963\u0966-\u097F]/;

/** Every gland, part, hormone, disorder and term, with the blocks whose text uses it, sorted in Hindi order. */
export function buildGlossary(chapters: readonly Chapter[]): GlossaryEntry[] {
  const blocks = chapters.flatMap((chapter) => chapter.blocks.map((block) => ({ chapter: chapter.id, block })));
  const texts = blocks.map(({ block }) => blockText(block));
  const entries: GlossaryEntry[] = [];
  for (const chapter of chapters) {
    const add = (kind: GlossaryEntry['kind'], id: string, name: GlossaryEntry['name']) => {
      const forms = [name.hi, ...(name.aliases ?? [])];
      const uses = blocks
        .filter((_, i) => forms.some((form) => containsWord(texts[i]!, form)))
        .map(({ chapter: c, block }) => ({ chapter: c, block: block.id }));
      entries.push({ id, kind, name, chapter: chapter.id, uses });
    };
    for (const gland of chapter.glands) {
      add('gland', gland.id, gland.name);
      for (const part of gland.parts ?? []) add('part', part.id, part.name);
      for (const hormone of gland.hormones ?? []) add('hormone', hormone.id, hormone.name);
      for (const disorder of gland.disorders ?? []) add('disorder', disorder.id, disorder.name);
    }
    for (const term of chapter.terms) add('term', term.id, term.name);
  }
  return entries.sort((a, b) => collator.compare(a.name.hi, b.name.hi) || (a.id < b.id ? -1 : 1));
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
