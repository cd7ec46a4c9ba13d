import { bookFacts, disorderKindWord, namesById, type Entity, type FactCell, type GlandFacts } from '@book/facts-view';
import type { Block, Book, Chapter, Disorder, Gland, Hormone, Run } from '@book/model';
import type { ElementContent } from 'hast';
import { ClozePlanner } from './cloze.js';
import { fieldHtml, h, runsContent, text } from './html.js';
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
  names: Map<string, Entity>;
  clozes: ClozePlanner;
}


/** Every note of the Book in reading order: per chapter, Term and Fact notes of its glands, then its Cloze notes. */
export function bookNotes(book: Book, pageMap: PageMap): NoteDraft[] {
  const ctx: Context = { book, pageMap, names: namesById(book), clozes: new ClozePlanner(book) };
  const facts = bookFacts(book);
  return book.chapters.flatMap((chapter, index) => {
    const sourceLabel = chapterLabel(book, chapter, index);
    chapterPage(pageMap, chapter.id); // a page map of another Book stops the build here
    const glandIds = (chapter.glands ?? []).map((g) => g.id);
    const views = facts[index]!.glands;
    return [
      ...(chapter.glands ?? []).flatMap((gland, i) => glandNotes(ctx, chapter, gland, views[i]!, sourceLabel)),
      ...clozeNotes(ctx, chapter, index + 1, sourceLabel, glandIds),
    ];
  });
}

function chapterLabel(book: Book, chapter: Chapter, index: number): string {
  return `${book.meta.ui.chapter} ${index + 1}: ${chapter.title}`;
}

/** `स्रोत: अध्याय N: <title> · पृष्ठ 9, 10`: every page the note's answer is printed on. */
function sourceHtml(ctx: Context, chapterLabel: string, pages: readonly number[]): string {
  if (pages.length === 0) throw new TypeError('sourceHtml: a note must cite at least one page');
  return fieldHtml([text(`${ctx.book.meta.ui.source}: ${chapterLabel} · ${ctx.book.meta.ui.page} ${pages.join(', ')}`)]);
}

/** The editorial label after a fact the editors added. */
function editorialMark(ctx: Context): ElementContent {
  return h('span', { className: ['label'] }, ` (${ctx.book.meta.ui.editorial})`);
}

/** A fact cell as answer HTML: each Hindi text (marked if the editors added it), its English gloss below it. */
function cellContent(ctx: Context, cell: FactCell, separator = '; '): ElementContent[] {
  return [
    ...cell.texts.flatMap((t, i): ElementContent[] => [
      ...(i > 0 ? [text(separator)] : []),
      text(t.hi),
      ...(t.editorial ? [editorialMark(ctx)] : []),
      ...(t.en ? [h('br'), h('span', { lang: 'en' }, t.en)] : []),
    ]),
    ...(cell.editorial ? [editorialMark(ctx)] : []),
  ];
}

/** Each gland's cells by id, made on the first lookup: a gland's notes look up most of its cells. */
const cellsById = new WeakMap<GlandFacts, Map<string, FactCell>>();

function cellOf(facts: GlandFacts, id: string): FactCell {
  let cells = cellsById.get(facts);
  if (!cells) {
    cells = new Map();
    // The first cell with an id wins, as a search in reading order would find it.
    for (const c of [facts.title, ...facts.about, ...facts.tables.flatMap((t) => t.rows.flatMap((r) => [r.head, ...r.cells]))]) if (!cells.has(c.id)) cells.set(c.id, c);
    cellsById.set(facts, cells);
  }
  const cell = cells.get(id);
  if (!cell) throw new TypeError(`the facts view has no cell "${id}": keep @book/facts-view and the Anki notes in step`);
  return cell;
}

/** Kind, chapter and gland tags; `provenance::editorial` on a note whose facts the editors added or corrected. */
function tags(kind: NoteKind, chapterId: string, glandIds: readonly string[], editorial = false): string[] {
  return [...new Set([`kind::${kind}`, `chapter::${chapterId}`, ...glandIds.map((id) => `gland::${id}`), ...(editorial ? ['provenance::editorial'] : [])])];
}

/** A cell, or any text in it, that the editors added. */
function isEditorial(cell: FactCell): boolean {
  return cell.editorial === true || cell.texts.some((t) => t.editorial);
}

function glandNotes(ctx: Context, chapter: Chapter, gland: Gland, facts: GlandFacts, sourceLabel: string): NoteDraft[] {
  const ui = ctx.book.meta.ui;
  /** The Source field citing the pages of the facts (FactCell ids) a note draws on. */
  const cites = (...cellIds: string[]) => sourceHtml(ctx, sourceLabel, factPages(ctx.pageMap, cellIds));
  /** Term: the Hindi name with the textbooks' word under it; Kind names the gland it belongs to and marks editorial entries. */
  const term = (id: string, name: { hi: string; en: string; textbook?: readonly string[] }, kindWord: string, from: string, abbr = ''): NoteDraft => {
    const kind = [kindWord, ...(id === gland.id ? [] : [gland.name.hi]), ...(from === 'editorial' ? [ui.editorial] : [])].join(' · ');
    const hindi = [text(name.hi), ...(name.textbook ? [h('br'), h('span', { className: ['label'] }, `${ui.textbook}: ${name.textbook.join(', ')}`)] : [])];
    return {
      key: `term/${id}`,
      kind: 'term',
      chapterId: chapter.id,
      fields: [fieldHtml(hindi), fieldHtml([text(name.en)]), fieldHtml(abbr ? [text(abbr)] : []), fieldHtml([text(kind)]), cites(`${id}/name`)],
      tags: tags('term', chapter.id, [gland.id], from === 'editorial'),
      ords: [0, 1],
    };
  };
  const fact = (key: string, question: string, answer: ElementContent[], cellIds: string[]): NoteDraft => ({
    key: `fact/${key}`,
    kind: 'fact',
    chapterId: chapter.id,
    fields: [fieldHtml([text(question)]), fieldHtml(answer), cites(...cellIds)],
    tags: tags('fact', chapter.id, [gland.id], cellIds.some((id) => isEditorial(cellOf(facts, id)))),
    ords: [0],
  });

  const hormones = gland.hormones ?? [];
  const disorders = gland.disorders ?? [];
  const notes: NoteDraft[] = [
    term(gland.id, gland.name, ui.gland, gland.from),
    ...hormones.map((hm) => term(hm.id, hm.name, ui.hormone, hm.from, hm.abbr)),
    ...disorders.map((d) => term(d.id, d.name, ui.disorder, d.from)),
    fact(`${gland.id}/location`, phrases.location(gland.name), cellContent(ctx, cellOf(facts, `${gland.id}/location`)), [`${gland.id}/location`]),
  ];
  for (const hormone of hormones) {
    // The gland's name is printed where its facts begin, the part in the hormone's row (which names the gland itself when there is no part).
    const madeBy = hormone.part || hormone.madeIn ? [`${gland.id}/name`, `${hormone.id}/part`] : [`${hormone.id}/part`];
    const question = hormone.madeIn ? phrases.madeElsewhere(hormoneLabel(hormone)) : phrases.madeBy(hormoneLabel(hormone), hormone.part !== undefined);
    const made = fact(`${hormone.id}/made-by`, question, madeByAnswer(ctx, gland, hormone), madeBy);
    if (hormone.from === 'editorial') made.tags = [...new Set([...made.tags, 'provenance::editorial'])];
    notes.push(made);
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
    if (!of || of.kind === 'disorder') throw new TypeError(`disorder "${first.id}" is "of" "${first.of}", which is no gland, part or hormone in the Book: fix the content`);
    const cells = list.flatMap((d) => [`${d.id}/name`, ...(d.cause ? [`${d.id}/cause`] : []), ...(d.signs?.length ? [`${d.id}/signs`] : [])]);
    const question = phrases.dysfunction(of.name, disorderKindWord(ctx.book.meta.ui, first.kind, of.kind), list.length);
    // A disorder named after its cause (बहिस्था की अतिक्रिया) would answer its own question: ask for its signs instead.
    const ofForms = [of.name.hi, ...(of.name.aliases ?? [])];
    const named = list.length === 1 && first.signs?.length && ofForms.some((form) => first.name.hi.includes(form));
    if (named) notes.push(fact(group, phrases.signs(first.name), signsAnswer(ctx, facts, first), [`${first.id}/name`, `${first.id}/signs`]));
    else notes.push(fact(group, question, disorderAnswer(ctx, facts, list), cells));
  }
  return notes;
}

function hormoneLabel(hormone: Hormone): string {
  return hormone.abbr ? `${hormone.name.hi} (${hormone.abbr})` : hormone.name.hi;
}

function madeByAnswer(ctx: Context, gland: Gland, hormone: Hormone): ElementContent[] {
  const partOf = (id: string) => {
    const part = (gland.parts ?? []).find((p) => p.id === id);
    if (!part) throw new TypeError(`hormone "${hormone.id}" names part "${id}", which gland "${gland.id}" does not have: fix the content`);
    return part;
  };
  const mark = (from: string | undefined) => (from === 'editorial' || hormone.from === 'editorial' ? [editorialMark(ctx)] : []);
  if (hormone.madeIn) {
    const madeIn = ctx.names.get(hormone.madeIn);
    if (!madeIn) throw new TypeError(`hormone "${hormone.id}" is made in "${hormone.madeIn}", which is no gland or part of the Book: fix the content`);
    const part = hormone.releasedFrom ? partOf(hormone.releasedFrom) : undefined;
    // The words the facts table prints: made in X; this gland — stored and released from its part.
    const ui = ctx.book.meta.ui;
    return [
      h('b', madeIn.name.hi),
      h('span', { className: ['label'] }, ` (${ui.madeIn})`),
      text(`; ${gland.name.hi} — ${ui.releasedFrom}: ${part?.name.hi ?? gland.name.hi}`),
      ...mark(madeIn.from),
    ];
  }
  if (!hormone.part) return [h('b', gland.name.hi), ...mark(gland.from)];
  const part = partOf(hormone.part);
  return [h('b', gland.name.hi), text(' — '), text(`${part.name.hi}`), h('span', { className: ['label'] }, ` (${ctx.book.meta.ui.part})`), ...mark(part.from)];
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
          ...(signs ? [h('div', { className: ['signs'] }, [h('span', { className: ['label'] }, `${signs.label}: `), ...cellContent(ctx, signs, ', ')])] : []),
        ]);
      }),
    ),
  ];
}

/** A disorder's signs as a list, each marked if the editors added it. */
function signsAnswer(ctx: Context, facts: GlandFacts, disorder: Disorder): ElementContent[] {
  const signs = cellOf(facts, `${disorder.id}/signs`);
  return [h('ul', signs.texts.map((t) => h('li', [text(t.hi), ...(t.editorial || signs.editorial ? [editorialMark(ctx)] : [])])))];
}


/**
 * One Cloze note per sentence with a key term worth recalling. The Editorial field holds book.meta.ui.editorial for
 * an editorial sentence, and for a source sentence that an editorial block corrects, the correction itself.
 */
function clozeNotes(ctx: Context, chapter: Chapter, chapterNumber: number, sourceLabel: string, glandIds: string[]): NoteDraft[] {
  const corrections = correctionsOf(chapter.blocks);
  const notes: NoteDraft[] = [];
  for (const block of chapter.blocks) {
    if (block.type !== 'paragraph') continue;
    for (const sentence of block.sentences) {
      const planned = ctx.clozes.plan(chapter, chapterNumber, sentence);
      if (!planned) continue;
      const correction = corrections.get(sentence.id) ?? [];
      const editorial: ElementContent[] = block.editorial
        ? [text(ctx.book.meta.ui.editorial)]
        : correction.length
          ? [h('span', { className: ['label'] }, `${ctx.book.meta.ui.editorial}: `), ...correction.flatMap((runs, i) => [...(i > 0 ? [text(' ')] : []), ...runsContent(runs)])]
          : [];
      notes.push({
        key: `cloze/${sentence.id}`,
        kind: 'cloze',
        chapterId: chapter.id,
        fields: [fieldHtml(planned.content), fieldHtml(editorial), sourceHtml(ctx, sourceLabel, sentencePages(ctx.pageMap, sentence.id, block.id))],
        tags: tags('cloze', chapter.id, sentence.gland ? [sentence.gland] : glandIds, block.editorial || correction.length > 0),
        ords: planned.ords,
      });
    }
  }
  return notes;
}

/** The text of the editorial blocks that correct each source sentence (their `corrects`), sentence by sentence. */
function correctionsOf(blocks: readonly Block[]): Map<string, Run[][]> {
  const out = new Map<string, Run[][]>();
  for (const block of blocks) {
    if ((block.type !== 'paragraph' && block.type !== 'list') || !block.corrects) continue;
    const runs = block.type === 'paragraph' ? block.sentences.map((s) => s.runs) : block.items.map((i) => i.runs);
    for (const id of block.corrects) out.set(id, [...(out.get(id) ?? []), ...runs]);
  }
  return out;
}
