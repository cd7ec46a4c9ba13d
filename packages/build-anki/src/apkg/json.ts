import type { Deck, NoteType } from './types.js';

/** The legacy JSON blobs stored in the col row (models, decks, dconf, conf), keyed the way Anki 2.1 keys them. */

const LATEX_PRE =
  '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n' +
  '\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n';

/** Field ords a standard template needs (Anki's legacy `req`): the fields its front refers to, "any" of them. */
export function templateRequirements(noteType: NoteType): [number, 'any' | 'all' | 'none', number[]][] {
  return noteType.templates.map((template, ord) => {
    const used = referencedFields(template.qfmt);
    const ords = noteType.fields.flatMap((field, i) => (used.has(field.name) ? [i] : []));
    return [ord, ords.length > 0 ? 'any' : 'none', ords];
  });
}

/** Field names a template refers to ({{Name}}, {{filter:Name}}, {{#Name}}…), minus Anki's special names. */
export function referencedFields(template: string): Set<string> {
  const names = new Set<string>();
  for (const match of template.matchAll(/\{\{([#^/]?)([^}]+)\}\}/g)) {
    const body = (match[2] ?? '').trim();
    const name = body.split(':').pop()?.trim() ?? '';
    if (name !== '' && !['FrontSide', 'Tags', 'Type', 'Deck', 'Subdeck', 'Card', 'CardFlag'].includes(name)) names.add(name);
  }
  return names;
}

export function modelsJson(noteTypes: readonly NoteType[]): string {
  const models: Record<string, unknown> = {};
  for (const nt of noteTypes) {
    models[String(nt.id)] = {
      id: nt.id,
      name: nt.name,
      type: nt.kind === 'cloze' ? 1 : 0,
      mod: nt.mod,
      usn: -1,
      sortf: nt.sortField,
      did: nt.deckId,
      tags: [],
      vers: [],
      css: nt.css,
      latexPre: LATEX_PRE,
      latexPost: '\\end{document}',
      flds: nt.fields.map((f, ord) => ({
        name: f.name,
        ord,
        sticky: false,
        rtl: f.rtl ?? false,
        font: f.font ?? 'Arial',
        size: f.size ?? 20,
        media: [],
      })),
      tmpls: nt.templates.map((t, ord) => ({ name: t.name, ord, qfmt: t.qfmt, afmt: t.afmt, did: null, bqfmt: '', bafmt: '' })),
      ...(nt.kind === 'standard' ? { req: templateRequirements(nt) } : {}),
    };
  }
  return JSON.stringify(models);
}

export const DEFAULT_DECK_ID = 1;
export const DEFAULT_CONF_ID = 1;

function deckJson(id: number, name: string, desc: string, mod: number): Record<string, unknown> {
  return {
    id,
    name,
    desc,
    mod,
    usn: -1,
    dyn: 0,
    conf: DEFAULT_CONF_ID,
    collapsed: false,
    browserCollapsed: false,
    extendNew: 10,
    extendRev: 50,
    newToday: [0, 0],
    revToday: [0, 0],
    lrnToday: [0, 0],
    timeToday: [0, 0],
  };
}

/** Our decks plus Anki's Default deck (id 1), which every collection has; no card of ours goes into it. */
export function decksJson(decks: readonly Deck[], modified: number): string {
  const out: Record<string, unknown> = { [DEFAULT_DECK_ID]: deckJson(DEFAULT_DECK_ID, 'Default', '', modified) };
  for (const d of decks) out[String(d.id)] = deckJson(d.id, d.name, d.description, d.mod);
  return JSON.stringify(out);
}

export function dconfJson(modified: number): string {
  return JSON.stringify({
    [DEFAULT_CONF_ID]: {
      id: DEFAULT_CONF_ID,
      name: 'Default',
      mod: modified,
      usn: -1,
      maxTaken: 60,
      autoplay: true,
      timer: 0,
      replayq: true,
      dyn: false,
      new: { delays: [1, 10], ints: [1, 4, 0], initialFactor: 2500, order: 1, perDay: 20, bury: false },
      rev: { perDay: 200, ease4: 1.3, ivlFct: 1, maxIvl: 36500, hardFactor: 1.2, bury: false },
      lapse: { delays: [10], mult: 0, minInt: 1, leechFails: 8, leechAction: 1 },
    },
  });
}

export function confJson(firstDeckId: number, firstNoteTypeId: number | undefined): string {
  return JSON.stringify({
    activeDecks: [firstDeckId],
    curDeck: firstDeckId,
    newSpread: 0,
    collapseTime: 1200,
    timeLim: 0,
    estTimes: true,
    dueCounts: true,
    curModel: firstNoteTypeId === undefined ? null : String(firstNoteTypeId),
    nextPos: 1,
    sortType: 'noteFld',
    sortBackwards: false,
    addToCur: true,
  });
}
