import { nameForms } from './names.js';
import type { Block, Chapter, Run } from './schema/index.js';

/**
 * What each sentence speaks of, so a sentence read alone (an Anki card weeks later) can say so:
 * - `gland` and `part`: the first gland or part of the chapter that the sentence names (a hormone stands for the
 *   part and gland that make it); failing that, the one its section heading names; failing that, the chapter's own
 *   gland (the one its title names, or its only gland).
 * - `antecedent`: for a sentence that refers back (इसे, इस ग्रंथि, उसमें …), the sentence before it in the same
 *   section, which a reader needs to know what the pronoun means.
 * Names are matched as whole words, like the glossary's uses, by their Hindi name, aliases and textbook names.
 */
export function withSentenceContext(chapters: readonly Chapter[]): Chapter[] {
  const finder = nameFinder(chapters);
  return chapters.map((chapter) => {
    const own = chapterGland(chapter);
    const glandsHere = new Set(chapter.glands.map((gland) => gland.id));
    const named = (text: string) => finder(text, (place) => glandsHere.has(place.gland!));
    let section: Place | undefined;
    let previous: { id: string; editorial: boolean } | undefined;
    const blocks = chapter.blocks.map((block): Block => {
      if (block.type === 'heading') {
        section = named(runsText(block.runs));
        previous = undefined;
        return block;
      }
      if (block.type === 'paragraph') {
        const sentences = block.sentences.map((sentence) => {
          const text = runsText(sentence.runs);
          const place = named(text) ?? section ?? own;
          const antecedent = REFERS_BACK.test(` ${text} `) && previous?.editorial === block.editorial ? previous.id : undefined;
          previous = { id: sentence.id, editorial: block.editorial };
          return { ...sentence, ...place, ...(antecedent ? { antecedent } : {}) };
        });
        return { ...block, sentences };
      }
      if (block.type === 'list') {
        const last = block.items.at(-1);
        if (last) previous = { id: last.id, editorial: block.editorial };
      }
      return block;
    });
    return { ...chapter, blocks };
  });
}

interface Place {
  gland?: string;
  part?: string;
}

/** Words that point back to something named before: इस/इन/उस/उन and their forms, यह/ये/वह/वे. */
const REFERS_BACK = /[\s(](?:इस|इसे|इसमें|इसका|इसकी|इसके|इसको|इससे|इसी|इन|इन्हें|इनमें|इनका|इनकी|इनके|इनको|इनसे|उस|उसे|उसमें|उसका|उसकी|उसके|उसको|उससे|उन|उन्हें|उनमें|उनका|उनकी|उनके|उनसे|यह|ये|यही|वह|वे)[\s,।]/u;

const DEVANAGARI_WORD = /[\u0900-\u0963\u0966-\u097F]+/gu;
const DEVANAGARI_LETTER = /[\u0900-\u0963\u0966-\u097F]/u;

/**
 * The first gland or part a text names that `wanted` accepts, in reading order (the longest name where two start at
 * one place).
 */
function nameFinder(chapters: readonly Chapter[]): (text: string, wanted: (place: Place) => boolean) => Place | undefined {
  const byFirstWord = new Map<string, { form: string; place: Place }[]>();
  const add = (name: { hi: string; aliases?: readonly string[]; textbook?: readonly string[] }, place: Place) => {
    for (const form of nameForms(name)) {
      const first = form.match(DEVANAGARI_WORD)?.[0];
      if (!first) continue;
      const list = byFirstWord.get(first) ?? [];
      list.push({ form, place });
      byFirstWord.set(first, list);
    }
  };
  for (const chapter of chapters) {
    for (const gland of chapter.glands) {
      add(gland.name, { gland: gland.id });
      for (const part of gland.parts ?? []) add(part.name, { gland: gland.id, part: part.id });
      for (const hormone of gland.hormones ?? []) {
        const part = hormone.part ?? hormone.releasedFrom;
        add(hormone.name, part ? { gland: gland.id, part } : { gland: gland.id });
      }
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.form.length - a.form.length);
  return (text, wanted) => {
    for (const match of text.matchAll(DEVANAGARI_WORD)) {
      const forms = byFirstWord.get(match[0]);
      if (!forms) continue;
      const at = match.index;
      const found = forms.find(({ form }) => {
        const after = text[at + form.length];
        return text.startsWith(form, at) && (!after || !DEVANAGARI_LETTER.test(after));
      });
      if (found && wanted(found.place)) return found.place;
    }
    return undefined;
  };
}

/** The gland a chapter is about: the one its title names, or its only gland. */
function chapterGland(chapter: Chapter): Place | undefined {
  const named = chapter.glands.find((gland) => [gland.name.hi, ...(gland.name.aliases ?? [])].some((form) => chapter.title.includes(form)));
  const gland = named ?? (chapter.glands.length === 1 ? chapter.glands[0] : undefined);
  return gland ? { gland: gland.id } : undefined;
}

function runsText(runs: readonly Run[]): string {
  return runs.map((run) => run.text).join('');
}
