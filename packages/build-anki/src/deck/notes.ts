import { bookFacts, FACT_LABELS, type FactCell, type GlandFacts } from '@book/facts-view';
import type { Book, Chapter, Disorder, Gland, Hormone, Run } from '@book/model';
import type { ElementContent } from 'hast';
import { clozeClose, clozeOpen, fieldHtml, h, runContent, text } from './html.js';
import type { NoteKind } from './notetypes.js';
import { chapterPage, factPages, sentencePages, type PageMap } from './pagemap.js';
import { phrases } from './phrases.js';

/** A note before ids and mod are assigned: `key` is the content id its guid and ids derive from. */
export interface NoteDraft {
  key: string;
  kind: NoteKind;
  chapterId: string;
  fields: string[];
  tags: string[];
  /** Card ords this note makes: 0,1 for Term, 0 for Fact, one per deletion for Cloze. */
  ords: number[];
}

interface Context {
  book: Book;
  pageMap: PageMap;
  names: Map<string, { hi: string }>;
}

/** Every note of the Book in reading order: per chapter, Term and Fact notes of its glands, then its Cloze notes. */
export function bookNotes(book: Book, pageMap: PageMap): NoteDraft[] {
  const ctx: Context = { book, pageMap, names: namesById(book) };
  const facts = bookFacts(book);
  return book.chapters.flatMap((chapter, index) => {
    const sourceLabel = chapterLabel(book, chapter, index);
    chapterPage(pageMap, chapter.id); // a page map of another Book stops the build here
    const glandIds = (chapter.glands ?? []).map((g) => g.id);
    const views = facts[index]!.glands;
    return [
      ...(chapter.glands ?? []).flatMap((gland, i) => glandNotes(ctx, chapter, gland, views[i]!, sourceLabel)),
      ...clozeNotes(ctx, chapter, sourceLabel, glandIds),
    ];
  });
}

function namesById(book: Book): Map<string, { hi: string }> {
  const names = new Map<string, { hi: string }>();
  const add = (id: string, name: { hi: string }) => {
    if (names.has(id)) throw new Error(`id "${id}" is used twice in the Book: gland, part, hormone and disorder ids must be unique`);
    names.set(id, name);
  };
  for (const chapter of book.chapters) {
    for (const gland of chapter.glands ?? []) {
      add(gland.id, gland.name);
      for (const part of gland.parts ?? []) add(part.id, part.name);
      for (const hormone of gland.hormones ?? []) add(hormone.id, hormone.name);
      for (const disorder of gland.disorders ?? []) add(disorder.id, disorder.name);
    }
  }
  return names;
}

function chapterLabel(book: Book, chapter: Chapter, index: number): string {
  return `${book.meta.ui.chapter} ${index + 1}: ${chapter.title}`;
}

/** `स्रोत: अध्याय N: <title> · पृष्ठ 9, 10`: every page the note's answer is printed on. */
function sourceHtml(ctx: Context, chapterLabel: string, pages: readonly number[]): string {
  if (pages.length === 0) throw new TypeError('sourceHtml: a note must cite at least one page');
  return fieldHtml([text(`${ctx.book.meta.ui.source}: ${chapterLabel} · ${ctx.book.meta.ui.page} ${pages.join(', ')}`)]);
}

/** A fact cell as answer HTML: each Hindi text, its English gloss below it, the editorial label if it is one. */
function cellContent(ctx: Context, cell: FactCell): ElementContent[] {
  return [
    ...cell.texts.flatMap((t, i): ElementContent[] => [
      ...(i > 0 ? [text('; ')] : []),
      text(t.hi),
      ...(t.en ? [h('br'), h('span', { lang: 'en' }, t.en)] : []),
    ]),
    ...(cell.editorial ? [h('span', { className: ['label'] }, ` (${ctx.book.meta.ui.editorial})`)] : []),
  ];
}

function cellOf(facts: GlandFacts, id: string): FactCell {
  const cells = [facts.title, ...facts.about, ...facts.tables.flatMap((t) => t.rows.flatMap((r) => [r.head, ...r.cells]))];
  const cell = cells.find((c) => c.id === id);
  if (!cell) throw new TypeError(`the facts view has no cell "${id}": keep @book/facts-view and the Anki notes in step`);
  return cell;
}

function tags(kind: NoteKind, chapterId: string, glandIds: readonly string[]): string[] {
  return [...new Set([`kind::${kind}`, `chapter::${chapterId}`, ...glandIds.map((id) => `gland::${id}`)])];
}

function glandNotes(ctx: Context, chapter: Chapter, gland: Gland, facts: GlandFacts, sourceLabel: string): NoteDraft[] {
  const ui = ctx.book.meta.ui;
  /** The Source field citing the pages of the facts (FactCell ids) a note draws on. */
  const cites = (...cellIds: string[]) => sourceHtml(ctx, sourceLabel, factPages(ctx.pageMap, cellIds));
  const term = (id: string, name: { hi: string; en: string }, kindWord: string, abbr = ''): NoteDraft => ({
    key: `term/${id}`,
    kind: 'term',
    chapterId: chapter.id,
    fields: [fieldHtml([text(name.hi)]), fieldHtml([text(name.en)]), fieldHtml(abbr ? [text(abbr)] : []), fieldHtml([text(kindWord)]), cites(`${id}/name`)],
    tags: tags('term', chapter.id, [gland.id]),
    ords: [0, 1],
  });
  const fact = (key: string, question: string, answer: ElementContent[], cellIds: string[]): NoteDraft => ({
    key: `fact/${key}`,
    kind: 'fact',
    chapterId: chapter.id,
    fields: [fieldHtml([text(question)]), fieldHtml(answer), cites(...cellIds)],
    tags: tags('fact', chapter.id, [gland.id]),
    ords: [0],
  });

  const hormones = gland.hormones ?? [];
  const disorders = gland.disorders ?? [];
  const notes: NoteDraft[] = [
    term(gland.id, gland.name, FACT_LABELS.gland),
    ...hormones.map((hm) => term(hm.id, hm.name, ui.hormone, hm.abbr)),
    ...disorders.map((d) => term(d.id, d.name, ui.disorder)),
    fact(`${gland.id}/location`, phrases.location(gland.name.hi), cellContent(ctx, cellOf(facts, `${gland.id}/location`)), [`${gland.id}/location`]),
  ];
  for (const hormone of hormones) {
    // The gland's name is printed where its facts begin, the part in the hormone's row (which names the gland itself when there is no part).
    const madeBy = hormone.part ? [`${gland.id}/name`, `${hormone.id}/part`] : [`${hormone.id}/part`];
    notes.push(fact(`${hormone.id}/made-by`, phrases.madeBy(hormoneLabel(hormone), hormone.part !== undefined), madeByAnswer(ctx, gland, hormone), madeBy));
    const effect = `${hormone.id}/effect`;
    notes.push(fact(effect, phrases.effect(hormoneLabel(hormone)), cellContent(ctx, cellOf(facts, effect)), [effect]));
  }
  // One note per (cause, hyper|hypo): "what does too much / too little X cause", answered with all such disorders.
  const groups = new Map<string, Disorder[]>();
  for (const d of disorders) {
    if (d.kind === 'other') continue;
    const group = `${d.of}/${d.kind}`;
    groups.set(group, [...(groups.get(group) ?? []), d]);
  }
  for (const [group, list] of groups) {
    const first = list[0]!;
    const of = ctx.names.get(first.of);
    if (!of) throw new Error(`disorder "${first.id}" is "of" "${first.of}", which is no gland, part or hormone in the Book`);
    const activity = first.kind === 'hyper' ? ui.hyper : ui.hypo;
    const cells = list.flatMap((d) => [`${d.id}/name`, ...(d.cause ? [`${d.id}/cause`] : []), ...(d.signs?.length ? [`${d.id}/signs`] : [])]);
    notes.push(fact(group, phrases.dysfunction(of.hi, activity), disorderAnswer(ctx, facts, list), cells));
  }
  return notes;
}

function hormoneLabel(hormone: Hormone): string {
  return hormone.abbr ? `${hormone.name.hi} (${hormone.abbr})` : hormone.name.hi;
}

function madeByAnswer(ctx: Context, gland: Gland, hormone: Hormone): ElementContent[] {
  if (!hormone.part) return [h('b', gland.name.hi)];
  const part = (gland.parts ?? []).find((p) => p.id === hormone.part);
  if (!part) throw new Error(`hormone "${hormone.id}" names part "${hormone.part}", which gland "${gland.id}" does not have`);
  return [h('b', gland.name.hi), text(' — '), text(`${part.name.hi}`), h('span', { className: ['label'] }, ` (${ctx.book.meta.ui.part})`)];
}

/** Each disorder as the facts view prints it: its name, its cause (with the English), its signs. */
function disorderAnswer(ctx: Context, facts: GlandFacts, disorders: Disorder[]): ElementContent[] {
  return [
    h(
      'ul',
      disorders.map((d) => {
        const cause = d.cause ? cellOf(facts, `${d.id}/cause`) : undefined;
        const signs = d.signs?.length ? cellOf(facts, `${d.id}/signs`) : undefined;
        return h('li', [
          h('b', cellOf(facts, `${d.id}/name`).texts[0]!.hi),
          ...(cause ? [text(' — '), ...cellContent(ctx, cause)] : []),
          ...(signs ? [h('div', { className: ['signs'] }, [h('span', { className: ['label'] }, `${signs.label}: `), text(signs.texts.map((t) => t.hi).join(', '))])] : []),
        ]);
      }),
    ),
  ];
}

function clozeNotes(ctx: Context, chapter: Chapter, sourceLabel: string, glandIds: string[]): NoteDraft[] {
  const notes: NoteDraft[] = [];
  for (const block of chapter.blocks) {
    if (block.type !== 'paragraph') continue;
    for (const sentence of block.sentences) {
      const deletions = keyTermSegments(sentence.runs).filter((segment) => segment.strong).length;
      if (deletions === 0) continue;
      notes.push({
        key: `cloze/${sentence.id}`,
        kind: 'cloze',
        chapterId: chapter.id,
        fields: [
          fieldHtml(clozeContent(sentence.runs)),
          fieldHtml(block.editorial ? [text(ctx.book.meta.ui.editorial)] : []),
          sourceHtml(ctx, sourceLabel, sentencePages(ctx.pageMap, sentence.id, block.id)),
        ],
        tags: tags('cloze', chapter.id, glandIds),
        ords: Array.from({ length: deletions }, (_, i) => i),
      });
    }
  }
  return notes;
}

/**
 * Neighbouring strong runs are one key term (runs also split where the script changes, e.g. **T4 हार्मोन**), so
 * each maximal strong stretch becomes one {{cN::…}}, numbered in reading order.
 */
function clozeContent(runs: readonly Run[]): ElementContent[] {
  let n = 0;
  return keyTermSegments(runs).flatMap((segment) => {
    if (!segment.strong) return segment.runs.map((run) => runContent(run));
    n += 1;
    return [clozeOpen(n), ...segment.runs.map((run) => runContent(run, 'plain')), clozeClose()];
  });
}

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
