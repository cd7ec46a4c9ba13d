/**
 * The one view of a Book's structured facts that every output prints: which facts of a gland, hormone and disorder
 * are shown, in which order, under which Hindi label. Builders render these cells generically (a PDF table row, an
 * EPUB table cell, an Anki answer), so a fact added here appears in every output without touching their layout code.
 */
import type { Book, Gland } from '@book/model';

/** One paragraph of a cell: Hindi, with its English gloss when the model has one. */
export interface FactText {
  hi: string;
  en?: string;
  /** This text is an editorial addition inside a cell that is not editorial as a whole: outputs mark the text. */
  editorial?: boolean;
}

/** One printed fact. */
export interface FactCell {
  /** `<entity id>/<field>`, e.g. `fsh/effect`: the page map's key, the EPUB anchor, what an Anki note cites. */
  id: string;
  /** Hindi label of the column or line the fact stands under. */
  label: string;
  /** Empty when the model has nothing for this fact (the cell is printed blank in a table, skipped elsewhere). */
  texts: FactText[];
  /** An editorial addition: each output marks it the way it marks editorial prose. */
  editorial?: boolean;
}

/** The facts of one hormone or disorder: `head` names it (the row header), `cells` line up with the table's columns. */
export interface FactRow {
  /** The hormone or disorder id. */
  id: string;
  head: FactCell;
  cells: FactCell[];
}

export interface FactTable {
  /** `<gland id>/hormones` or `<gland id>/disorders`. */
  id: string;
  title: string;
  /** Header labels: the head column's, then one per cell of every row. */
  columns: string[];
  rows: FactRow[];
}

export interface GlandFacts {
  glandId: string;
  /** The gland's name: the defining place of its glossary entry. */
  title: FactCell;
  /** Facts of the gland itself (location, parts), printed as labelled lines. */
  about: FactCell[];
  tables: FactTable[];
}

export interface ChapterFacts {
  chapterId: string;
  glands: GlandFacts[];
}

/**
 * Labels the outputs need that book.meta.ui has no word for yet (the ui schema is owned by the model); when ui gains
 * one, use it here and every output follows.
 */
export const FACT_LABELS = {
  kind: 'प्रकार',
  of: 'किसका विकार',
  details: 'विवरण',
} as const;

/** A hormone is too much or too little (अधिकता, कमी); a gland or part works too much or too little (ui.hyper, ui.hypo). */
const HORMONE_KIND_WORDS = { hyper: 'अधिकता', hypo: 'कमी' } as const;

type Ui = Book['meta']['ui'];

/**
 * The word for a disorder's kind, which depends on what it is a disorder of: "वृद्धि हार्मोन की अधिकता" but
 * "अवटुका की अतिक्रिया". The tables print it; the Anki question asks with it.
 */
export function disorderKindWord(ui: Ui, kind: 'hyper' | 'hypo' | 'other', of: EntityKind): string {
  if (kind === 'other') return ui.other;
  return of === 'hormone' ? HORMONE_KIND_WORDS[kind] : ui[kind];
}
type Named = Gland['name'];
export type EntityKind = 'gland' | 'part' | 'hormone' | 'disorder';
/** A gland, part, hormone or disorder: what it is, its name and where it comes from. */
export interface Entity {
  kind: EntityKind;
  name: Named;
  from: 'source' | 'editorial';
}

/** Every gland's facts, chapter by chapter, in reading order. */
export function bookFacts(book: Book): ChapterFacts[] {
  const names = namesById(book);
  return book.chapters.map((chapter) => ({ chapterId: chapter.id, glands: chapter.glands.map((gland) => glandFacts(gland, book.meta.ui, names)) }));
}

/** Every cell of a gland's facts, in printing order. */
export function factCells(facts: GlandFacts): FactCell[] {
  return [facts.title, ...facts.about, ...facts.tables.flatMap((t) => t.rows.flatMap((r) => [r.head, ...r.cells]))];
}

/**
 * Where each gland, part, hormone and disorder is defined: the id of the cell that names it (the glossary's first
 * page and link target).
 */
export function definingCells(facts: GlandFacts, gland: Gland): Map<string, string> {
  const at = new Map<string, string>([[gland.id, facts.title.id]]);
  const parts = facts.about.find((c) => c.id === `${gland.id}/parts`);
  if (parts) for (const part of gland.parts ?? []) at.set(part.id, parts.id);
  for (const table of facts.tables) for (const row of table.rows) at.set(row.id, row.head.id);
  return at;
}

export function glandFacts(gland: Gland, ui: Ui, names: Map<string, Entity>): GlandFacts {
  const about: FactCell[] = [];
  if (gland.name.textbook) about.push(cell(gland.id, 'textbook', ui.textbook, [{ hi: gland.name.textbook.join(', ') }]));
  about.push(cell(gland.id, 'location', ui.location, [text(gland.location)], gland.location));
  if (gland.parts?.length) about.push(cell(gland.id, 'parts', ui.part, gland.parts.map((p) => text(p.name)), ...gland.parts));
  const tables: FactTable[] = [];
  if (gland.hormones?.length) {
    tables.push({
      id: `${gland.id}/hormones`,
      title: `${ui.hormones}: ${gland.name.hi}`,
      columns: [ui.hormone, ui.madeIn, ui.effect, ui.regulation, ui.regulatedBy],
      rows: gland.hormones.map((h) => {
        const partOf = (id: string | undefined) => {
          const part = gland.parts?.find((p) => p.id === id);
          if (id && !part) throw new TypeError(`hormone "${h.id}" names part "${id}", which gland "${gland.id}" does not have: fix the content`);
          return part;
        };
        const part = partOf(h.part);
        const releasedFrom = partOf(h.releasedFrom);
        const madeIn = h.madeIn ? entityOf(names, h.madeIn, h.id) : undefined;
        const where = madeIn
          ? cell(h.id, 'part', ui.madeIn, [text(madeIn.name), ...(releasedFrom ? [labelled(ui.releasedFrom, 'released from', releasedFrom.name)] : [])], madeIn)
          : cell(h.id, 'part', ui.madeIn, [text((part ?? gland).name)], ...(part ? [part] : []));
        return {
          id: h.id,
          head: cell(h.id, 'name', ui.hormone, [{ hi: h.name.hi, en: h.abbr ? `${h.name.en} (${h.abbr})` : h.name.en }, ...textbookText(ui, h.name)], h),
          cells: [
            where,
            cell(h.id, 'effect', ui.effect, [text(h.effect)], h.effect),
            cell(h.id, 'regulation', ui.regulation, h.regulation ? [text(h.regulation)] : [], ...(h.regulation ? [h.regulation] : [])),
            cell(h.id, 'regulated-by', ui.regulatedBy, (h.regulatedBy ?? []).map((id) => entityText(entityOf(names, id, h.id)))),
          ],
        };
      }),
    });
  }
  if (gland.disorders?.length) {
    tables.push({
      id: `${gland.id}/disorders`,
      title: `${ui.disorders}: ${gland.name.hi}`,
      columns: [ui.disorder, FACT_LABELS.kind, FACT_LABELS.of, ui.cause, ui.signs],
      rows: gland.disorders.map((d) => ({
        id: d.id,
        head: cell(d.id, 'name', ui.disorder, [text(d.name), ...textbookText(ui, d.name)], d),
        cells: [
          cell(d.id, 'kind', FACT_LABELS.kind, [{ hi: disorderKindWord(ui, d.kind, entityOf(names, d.of, d.id).kind) }]),
          cell(d.id, 'of', FACT_LABELS.of, [text(entityOf(names, d.of, d.id).name)]),
          cell(d.id, 'cause', ui.cause, d.cause ? [text(d.cause)] : [], ...(d.cause ? [d.cause] : [])),
          cell(d.id, 'signs', ui.signs, (d.signs ?? []).map(text)),
        ],
      })),
    });
  }
  return { glandId: gland.id, title: cell(gland.id, 'name', ui.gland, [text(gland.name)], gland), about, tables };
}

/**
 * Every gland, part, hormone and disorder by id, with its kind (for "made in", "regulated by", a disorder's "of"
 * and the words that depend on what a disorder is of). Ids are unique across the Book; the model checks this.
 */
export function namesById(book: Book): Map<string, Entity> {
  const names = new Map<string, Entity>();
  const add = (kind: EntityKind, x: { id: string; name: Entity['name']; from: Entity['from'] }) => {
    if (names.has(x.id)) throw new TypeError(`id "${x.id}" is used twice in the Book: gland, part, hormone and disorder ids must be unique (fix the content)`);
    names.set(x.id, { kind, name: x.name, from: x.from });
  };
  for (const chapter of book.chapters) {
    for (const gland of chapter.glands) {
      add('gland', gland);
      for (const part of gland.parts ?? []) add('part', part);
      for (const hormone of gland.hormones ?? []) add('hormone', hormone);
      for (const disorder of gland.disorders ?? []) add('disorder', disorder);
    }
  }
  return names;
}

function entityOf(names: Map<string, Entity>, id: string, from: string): Entity {
  const entity = names.get(id);
  if (!entity) throw new TypeError(`"${from}" refers to "${id}", which is no gland, part, hormone or disorder of the Book: fix the content`);
  return entity;
}

/** A name or statement as a cell text; `from: editorial` marks the text. */
function text(t: { hi: string; en?: string; from?: string }): FactText {
  return { hi: t.hi, ...(t.en ? { en: t.en } : {}), ...(t.from === 'editorial' ? { editorial: true } : {}) };
}

function entityText(entity: Entity): FactText {
  return text({ ...entity.name, from: entity.from });
}

/** `<label>: <name>` with its English gloss, e.g. संग्रह और स्राव: पश्च खंडिका. */
function labelled(label: string, labelEn: string, name: Named): FactText {
  return { hi: `${label}: ${name.hi}`, en: `${labelEn}: ${name.en}` };
}

/** The words today's textbooks use for a name, as a second line under it. */
function textbookText(ui: Ui, name: Named): FactText[] {
  return name.textbook ? [{ hi: `${ui.textbook}: ${name.textbook.join(', ')}` }] : [];
}

/**
 * A cell; `sources` are the model objects it prints. It is editorial as a whole when a source is (`from: editorial`)
 * or every text is; otherwise each editorial text keeps its own mark.
 */
function cell(entity: string, field: string, label: string, texts: FactText[], ...sources: { from?: string }[]): FactCell {
  const whole = sources.some((s) => s.from === 'editorial') || (texts.length > 0 && texts.every((t) => t.editorial));
  if (!whole) return { id: `${entity}/${field}`, label, texts };
  return { id: `${entity}/${field}`, label, texts: texts.map(({ editorial: _, ...t }) => t), editorial: true };
}
