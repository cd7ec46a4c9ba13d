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
  gland: 'ग्रंथि',
  kind: 'प्रकार',
  of: 'किसकी',
  cause: 'कारण',
  regulatedBy: 'नियंत्रक हार्मोन',
  details: 'विवरण',
} as const;

type Ui = Book['meta']['ui'];
type Named = { hi: string; en: string };

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

export function glandFacts(gland: Gland, ui: Ui, names: Map<string, Named>): GlandFacts {
  const about: FactCell[] = [cell(gland.id, 'location', ui.location, [text(gland.location)], gland.location)];
  if (gland.parts?.length) about.push(cell(gland.id, 'parts', ui.part, gland.parts.map((p) => text(p.name)), ...gland.parts));
  const tables: FactTable[] = [];
  if (gland.hormones?.length) {
    tables.push({
      id: `${gland.id}/hormones`,
      title: `${ui.hormones}: ${gland.name.hi}`,
      columns: [ui.hormone, ui.part, ui.effect, ui.regulation, FACT_LABELS.regulatedBy],
      rows: gland.hormones.map((h) => {
        const part = gland.parts?.find((p) => p.id === h.part);
        if (h.part && !part) throw new TypeError(`hormone "${h.id}" names part "${h.part}", which gland "${gland.id}" does not have: fix the content`);
        return {
          id: h.id,
          head: cell(h.id, 'name', ui.hormone, [{ hi: h.name.hi, en: h.abbr ? `${h.name.en} (${h.abbr})` : h.name.en }], h),
          cells: [
            cell(h.id, 'part', ui.part, [text((part ?? gland).name)], ...(part ? [part] : [])),
            cell(h.id, 'effect', ui.effect, [text(h.effect)], h.effect),
            cell(h.id, 'regulation', ui.regulation, h.regulation ? [text(h.regulation)] : [], ...(h.regulation ? [h.regulation] : [])),
            cell(h.id, 'regulated-by', FACT_LABELS.regulatedBy, (h.regulatedBy ?? []).map((id) => text(nameOf(names, id, h.id)))),
          ],
        };
      }),
    });
  }
  if (gland.disorders?.length) {
    const kindWord = { hyper: ui.hyper, hypo: ui.hypo, other: ui.other } as const;
    tables.push({
      id: `${gland.id}/disorders`,
      title: `${ui.disorders}: ${gland.name.hi}`,
      columns: [ui.disorder, FACT_LABELS.kind, FACT_LABELS.of, FACT_LABELS.cause, ui.signs],
      rows: gland.disorders.map((d) => ({
        id: d.id,
        head: cell(d.id, 'name', ui.disorder, [text(d.name)], d),
        cells: [
          cell(d.id, 'kind', FACT_LABELS.kind, [{ hi: kindWord[d.kind] }]),
          cell(d.id, 'of', FACT_LABELS.of, [text(nameOf(names, d.of, d.id))]),
          cell(d.id, 'cause', FACT_LABELS.cause, d.cause ? [text(d.cause)] : [], ...(d.cause ? [d.cause] : [])),
          cell(d.id, 'signs', ui.signs, (d.signs ?? []).map((hi) => ({ hi }))),
        ],
      })),
    });
  }
  return { glandId: gland.id, title: cell(gland.id, 'name', FACT_LABELS.gland, [text(gland.name)], gland), about, tables };
}

/** Names of every gland, part, hormone and disorder by id (for "regulated by" and a disorder's "of"). */
export function namesById(book: Book): Map<string, Named> {
  const names = new Map<string, Named>();
  for (const chapter of book.chapters) {
    for (const gland of chapter.glands) {
      names.set(gland.id, gland.name);
      for (const x of [...(gland.parts ?? []), ...(gland.hormones ?? []), ...(gland.disorders ?? [])]) names.set(x.id, x.name);
    }
  }
  return names;
}

function nameOf(names: Map<string, Named>, id: string, from: string): Named {
  const name = names.get(id);
  if (!name) throw new TypeError(`"${from}" refers to "${id}", which is no gland, part, hormone or disorder of the Book: fix the content`);
  return name;
}

function text(t: { hi: string; en?: string }): FactText {
  return t.en ? { hi: t.hi, en: t.en } : { hi: t.hi };
}

/**
 * A cell; `sources` are the model objects it prints. The content marks editorial facts with `from: editorial`
 * (not in every schema version yet): a cell is editorial when any of its sources is.
 */
function cell(entity: string, field: string, label: string, texts: FactText[], ...sources: object[]): FactCell {
  const out: FactCell = { id: `${entity}/${field}`, label, texts };
  if (sources.some((s) => (s as { from?: unknown }).from === 'editorial')) out.editorial = true;
  return out;
}
