import { nameForms, type Book, type Chapter, type Run } from '@book/model/io';
import type { ElementContent } from 'hast';
import { clozeClose, clozeOpen, h, runContent } from './html.js';

type Sentence = { id: string; runs: Run[]; gland?: string; part?: string; antecedent?: string };

/** A cloze card's text: what it is about, the sentences it refers back to, then the sentence with its deletions. */
export interface ClozeText {
  content: ElementContent[];
  /** Card ords (cloze number − 1), one per distinct deletion. */
  ords: number[];
}

/**
 * Which bold terms a learner should recall, and how to show a sentence so that no card gives its answer away.
 * Built once per Book: every name, alias and textbook word of a gland, part, hormone, disorder and term.
 */
export class ClozePlanner {
  readonly #names = new Set<string>();
  readonly #firstWords = new Set<string>();
  readonly #placeNames = new Map<string, string>();
  readonly #sentences = new Map<string, Sentence>();

  constructor(private readonly book: Book) {
    for (const chapter of book.chapters) {
      for (const gland of chapter.glands) {
        this.#place(gland.id, gland.name.hi);
        this.#name(gland.name, true);
        for (const part of gland.parts ?? []) {
          this.#place(part.id, part.name.hi);
          this.#name(part.name, true);
        }
        for (const hormone of gland.hormones ?? []) this.#name(hormone.name, true);
        for (const disorder of gland.disorders ?? []) this.#name(disorder.name, true);
      }
      for (const term of chapter.terms) this.#name(term.name, false);
      for (const block of chapter.blocks) {
        if (block.type === 'paragraph') for (const s of block.sentences) this.#sentences.set(s.id, s);
        if (block.type === 'list') for (const item of block.items) this.#sentences.set(item.id, item);
      }
    }
  }

  /**
   * The card text of a sentence, or undefined when no deletion is worth a card. A deletion is a bold term that is a
   * name of the book (or the first word of one, as अग्रिम in अग्रिम … खंडिकाएँ) and not in the chapter's noCloze; deletions of which one contains the
   * other (ऐड्रिनैलिन, नॉरऐड्रिनैलिन) are one card; a deletion whose text is visible anywhere else on the front
   * (the context line, the sentences before, the rest of the sentence) is not made at all.
   */
  plan(chapter: Chapter, chapterNumber: number, sentence: Sentence): ClozeText | undefined {
    const segments = keyTermSegments(sentence.runs);
    const skip = new Set((chapter.noCloze ?? []).map(normal));
    const deletions = segments.filter((s) => s.strong && this.#worthy(plain(s.runs)) && !skip.has(normal(plain(s.runs))));
    if (deletions.length === 0) return undefined;
    const before = this.#antecedents(sentence);
    const beforeText = before.map((s) => plain(s.runs)).join(' ');
    const answers = deletions.map((d) => normal(plain(d.runs)));
    const contexts = this.#contexts(chapter, chapterNumber, sentence);
    const context = contexts.find((c) => answers.every((a) => !normal(c).includes(a))) ?? contexts.at(-1)!;

    // Number the deletions; overlapping ones share a number (hidden together).
    const numberOf = new Map<(typeof deletions)[number], number>();
    let next = 0;
    for (const [i, d] of deletions.entries()) {
      const twin = deletions.slice(0, i).find((_, j) => answers[j]!.includes(answers[i]!) || answers[i]!.includes(answers[j]!));
      numberOf.set(d, twin ? numberOf.get(twin)! : ++next);
    }
    // A card shows everything but its own deletions: drop a number whose answer is visible elsewhere on its front.
    const visibleTo = (n: number) =>
      normal([context, beforeText, ...segments.filter((s) => !(s.strong && numberOf.get(s) === n)).map((s) => plain(s.runs))].join(' '));
    const kept = new Set([...new Set(numberOf.values())].filter((n) => deletions.every((d, i) => numberOf.get(d) !== n || !visibleTo(n).includes(answers[i]!))));
    if (kept.size === 0) return undefined;
    const renumber = new Map([...kept].sort((a, b) => a - b).map((n, i) => [n, i + 1]));

    const content: ElementContent[] = [
      h('div', { className: ['context'] }, context),
      ...before.map((s) => h('div', { className: ['before'] }, s.runs.map((run) => runContent(run)))),
      ...segments.flatMap((segment) => {
        const n = segment.strong ? renumber.get(numberOf.get(segment) ?? 0) : undefined;
        if (n === undefined) return segment.runs.map((run) => runContent(run));
        return [clozeOpen(n), ...segment.runs.map((run) => runContent(run, 'plain')), clozeClose()];
      }),
    ];
    return { content, ords: [...renumber.values()].map((n) => n - 1) };
  }

  #name(name: { hi: string; aliases?: readonly string[]; textbook?: readonly string[] }, entity: boolean): void {
    for (const form of nameForms(name)) {
      this.#names.add(normal(form));
      const words = form.split(/\s+/u);
      if (entity && words.length > 1) this.#firstWords.add(normal(words[0]!));
    }
  }

  #place(id: string, hi: string): void {
    this.#placeNames.set(id, hi);
  }

  #worthy(term: string): boolean {
    const t = normal(term);
    return this.#names.has(t) || this.#firstWords.has(t);
  }

  /** The sentence referred back to, and the one before it when that refers back too. */
  #antecedents(sentence: Sentence): Sentence[] {
    const first = sentence.antecedent ? this.#sentences.get(sentence.antecedent) : undefined;
    if (!first) return [];
    const second = first.antecedent ? this.#sentences.get(first.antecedent) : undefined;
    return second ? [second, first] : [first];
  }

  /** Context lines from the most to the least specific: gland › part, gland, chapter title, chapter number. */
  #contexts(chapter: Chapter, chapterNumber: number, sentence: Sentence): string[] {
    const ui = this.book.meta.ui;
    const gland = sentence.gland ? this.#placeNames.get(sentence.gland) : undefined;
    const part = sentence.part ? this.#placeNames.get(sentence.part) : undefined;
    const numbered = `${ui.chapter} ${chapterNumber}`;
    return [
      ...(gland && part ? [`${gland} › ${part}`] : []),
      ...(gland ? [gland] : []),
      `${numbered}: ${chapter.title}`,
      numbered,
    ];
  }
}

/** Text compared the way a reader sees it: NFC, spaces collapsed. */
function normal(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

function plain(runs: readonly Run[]): string {
  return runs.map((run) => run.text).join('');
}

/**
 * Neighbouring strong runs are one key term (runs also split where the script changes, e.g. **T4 हार्मोन**), so
 * each maximal strong stretch is one deletion.
 */
function keyTermSegments(runs: readonly Run[]): { strong: boolean; runs: Run[] }[] {
  const segments: { strong: boolean; runs: Run[] }[] = [];
  for (const run of runs) {
    const strong = run.strong === true;
    const last = segments.at(-1);
    if (last && last.strong === strong) last.runs.push(run);
    else segments.push({ strong, runs: [run] });
  }
  return segments;
}

