import { referencedFields } from '../apkg/json.js';
import { LEGACY_INDEXES, LEGACY_TABLES, SCHEMA_VERSION } from '../apkg/schema.js';
import { FIELD_SEPARATOR, fieldChecksum, stripHtml } from '../apkg/text.js';
import { entryText, openApkg, type OpenedApkg, type OpenedDb } from './read.js';

/**
 * Checks an .apkg against what Anki's importer demands (see the package README). Every rule has a code so a test
 * can break one rule at a time and see exactly that code reported.
 */
export interface Problem {
  rule: string;
  message: string;
}

/** Ids below this (2001-09-09 in ms) are not Anki timestamps: small or random numbers. */
const MIN_ID = 1e12;
const MIN_MOD_SECONDS = 1e9;
const MODEL_KEYS = ['id', 'name', 'type', 'mod', 'usn', 'sortf', 'did', 'css', 'flds', 'tmpls'];
const FIELD_KEYS = ['name', 'ord', 'sticky', 'rtl', 'font', 'size'];
const TEMPLATE_KEYS = ['name', 'ord', 'qfmt', 'afmt'];
const DECK_KEYS = ['id', 'name', 'usn', 'dyn', 'collapsed', 'conf', 'desc', 'newToday', 'revToday', 'lrnToday', 'timeToday'];
/** Declared integer columns whose value Anki reads as text anyway (the sort field keeps its text). */
const TEXT_IN_INTEGER_COLUMN = new Set(['notes.sfld']);

interface Model {
  id: number;
  name: string;
  type: number;
  sortf: number;
  flds: { name: string; ord: number }[];
  tmpls: { name: string; ord: number; qfmt: string; afmt: string }[];
}

/**
 * Rules our builds keep but real Anki exports break (Anki repairs them on import): exporting a subdeck leaves out
 * its parents, and a collection may hold two note types with the same name. `strict: false` skips them, so the
 * validator accepts genuine exports while our own packages are held to the full list.
 */
export const STRICT_ONLY_RULES = new Set(['decks.parent', 'models.duplicate-name']);

export interface ValidateOptions {
  strict?: boolean;
}

export async function validateApkg(bytes: Uint8Array, options: ValidateOptions = {}): Promise<{ problems: Problem[]; opened: OpenedApkg }> {
  const opened = await openApkg(bytes);
  return { problems: checkApkg(opened, options), opened };
}

export function checkApkg(opened: OpenedApkg, { strict = true }: ValidateOptions = {}): Problem[] {
  const problems = allProblems(opened);
  return strict ? problems : problems.filter((p) => !STRICT_ONLY_RULES.has(p.rule));
}

function allProblems({ entries, db }: OpenedApkg): Problem[] {
  const problems: Problem[] = [];
  const report = (rule: string, message: string) => problems.push({ rule, message });

  if ('meta' in entries) report('zip.meta', 'the zip has a "meta" entry: Anki would then ignore collection.anki2');
  const fieldText = db ? (db.rows.notes ?? []).map((n) => String(n.flds ?? '')).join('\n') : '';
  checkMedia(entries, fieldText, report);
  if (!db) {
    report('zip.collection', 'the zip has no collection.anki2');
    return problems;
  }
  for (const table of LEGACY_TABLES) if (!db.tables.includes(table)) report('db.tables', `table ${table} is missing`);
  for (const index of LEGACY_INDEXES) if (!db.indexes.includes(index)) report('db.indexes', `index ${index} is missing`);
  const colRows = db.rows.col ?? [];
  if (colRows.length !== 1) {
    report('col.row', `col has ${colRows.length} rows, expected 1`);
    return problems;
  }
  const col = colRows[0]!;
  if (col.ver !== SCHEMA_VERSION) report('col.ver', `col.ver is ${col.ver}, expected ${SCHEMA_VERSION}`);
  checkIntegerColumns(db, report);
  const now = Number(col.mod);

  const models = checkModels(parseJson(col.models, 'col.models', report), now, report);
  const decks = checkDecks(parseJson(col.decks, 'col.decks', report), now, report);
  checkNotesAndCards(db, models, decks, now, report);
  return problems;
}

type Report = (rule: string, message: string) => void;

function parseJson(value: unknown, what: string, report: Report): Record<string, Record<string, unknown>> {
  try {
    const parsed = JSON.parse(String(value)) as unknown;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, Record<string, unknown>>;
  } catch {
    // reported below
  }
  report('col.json', `${what} is not a JSON object`);
  return {};
}

function checkIntegerColumns(db: OpenedDb, report: Report): void {
  for (const [table, columns] of Object.entries(db.columns)) {
    for (const [column, declared] of Object.entries(columns)) {
      if (declared !== 'integer' || TEXT_IN_INTEGER_COLUMN.has(`${table}.${column}`)) continue;
      (db.types[table] ?? []).forEach((types, i) => {
        if (types[column] !== 'integer') report('db.integer', `${table}.${column} of row ${i + 1} holds ${types[column]}, not an integer`);
      });
    }
  }
  for (const card of db.rows.cards ?? []) {
    const type = Number(card.type);
    const queue = Number(card.queue);
    if (!(type >= 0 && type <= 3)) report('cards.type', `card ${card.id} has type ${card.type}, expected 0..3`);
    if (!(queue >= -3 && queue <= 4)) report('cards.queue', `card ${card.id} has queue ${card.queue}, expected -3..4`);
  }
}

function checkId(kind: string, id: unknown, now: number, report: Report): void {
  const n = Number(id);
  if (!Number.isSafeInteger(n)) report('ids.random', `${kind} id ${String(id)} is not an integer`);
  else if (n > now) report('ids.future', `${kind} id ${n} is after the collection's mod ${now}: Anki would renumber it`);
  else if (n < MIN_ID) report('ids.random', `${kind} id ${n} is not a millisecond timestamp`);
}

function checkModSeconds(kind: string, mod: unknown, now: number, report: Report): void {
  const n = Number(mod);
  if (!Number.isInteger(n) || n < MIN_MOD_SECONDS || n > Math.ceil(now / 1000)) {
    report('mod.seconds', `${kind} mod ${String(mod)} is not a time in seconds up to the collection's mod`);
  }
}

function checkModels(json: Record<string, Record<string, unknown>>, now: number, report: Report): Map<number, Model> {
  const models = new Map<number, Model>();
  const names = new Set<string>();
  for (const [key, m] of Object.entries(json)) {
    const missing = MODEL_KEYS.filter((k) => !(k in m));
    if (m.type === 0 && !('req' in m)) missing.push('req');
    if (missing.length > 0) {
      report('models.keys', `note type ${key} lacks ${missing.join(', ')}`);
      continue;
    }
    if (String(m.id) !== key) report('models.key', `note type keyed "${key}" has id ${String(m.id)}`);
    checkId('note type', m.id, now, report);
    checkModSeconds(`note type ${key}`, m.mod, now, report);
    const model = m as unknown as Model;
    if (model.type !== 0 && model.type !== 1) report('models.type', `note type ${key} has type ${model.type}`);
    if (names.has(model.name)) report('models.duplicate-name', `two note types are named "${model.name}"`);
    const texts = [model.name, ...(model.flds ?? []).map((f) => f.name), ...(model.tmpls ?? []).map((t) => t.name)];
    if (texts.some((t) => typeof t === 'string' && t !== t.normalize('NFC'))) report('text.nfc', `note type ${key} has a name that is not NFC`);
    names.add(model.name);
    if (!Array.isArray(model.flds) || model.flds.length === 0) report('models.fields', `note type ${key} has no fields`);
    if (!Array.isArray(model.tmpls) || model.tmpls.length === 0) report('models.templates', `note type ${key} has no templates`);
    checkNamed(`note type ${key} field`, model.flds ?? [], FIELD_KEYS, report);
    checkNamed(`note type ${key} template`, model.tmpls ?? [], TEMPLATE_KEYS, report);
    for (const f of model.flds ?? []) {
      if (typeof f.name !== 'string' || f.name.trim() === '' || /[:{}"]/.test(f.name) || /^[#/^]/.test(f.name)) {
        report('models.field-name', `note type ${key} has a field named ${JSON.stringify(f.name)}`);
      }
    }
    if (!(model.sortf >= 0 && model.sortf < (model.flds ?? []).length)) report('models.sortf', `note type ${key} sorts by missing field ${model.sortf}`);
    models.set(Number(m.id), model);
  }
  return models;
}

function checkNamed(what: string, items: readonly Record<string, unknown>[], keys: readonly string[], report: Report): void {
  const names = new Set<unknown>();
  items.forEach((item, i) => {
    const missing = keys.filter((k) => !(k in item));
    if (missing.length > 0) report('models.keys', `${what} ${i} lacks ${missing.join(', ')}`);
    if (item.ord !== i) report('models.ord', `${what} ${i} has ord ${String(item.ord)}`);
    if (names.has(item.name)) report('models.duplicate-name', `${what} name ${JSON.stringify(item.name)} is used twice`);
    names.add(item.name);
  });
}

function checkDecks(json: Record<string, Record<string, unknown>>, now: number, report: Report): Map<number, string> {
  const decks = new Map<number, string>();
  for (const [key, d] of Object.entries(json)) {
    const missing = DECK_KEYS.filter((k) => !(k in d));
    if (missing.length > 0) report('decks.keys', `deck ${key} lacks ${missing.join(', ')}`);
    if (String(d.id) !== key) report('decks.key', `deck keyed "${key}" has id ${String(d.id)}`);
    if (Number(d.id) !== 1) checkId('deck', d.id, now, report);
    const name = String(d.name ?? '');
    if (name !== name.normalize('NFC')) report('text.nfc', `deck name ${name} is not NFC`);
    if ([...decks.values()].includes(name)) report('decks.duplicate-name', `two decks are named "${name}"`);
    decks.set(Number(d.id), name);
  }
  const names = new Set(decks.values());
  for (const name of names) {
    const parts = name.split('::');
    if (parts.some((p) => p.trim() === '')) report('decks.name', `deck name "${name}" has an empty level`);
    for (let i = 1; i < parts.length; i++) {
      const parent = parts.slice(0, i).join('::');
      if (!names.has(parent)) report('decks.parent', `deck "${name}" has no parent deck "${parent}"`);
    }
  }
  return decks;
}

function checkNotesAndCards(db: OpenedDb, models: Map<number, Model>, decks: Map<number, string>, now: number, report: Report): void {
  const notes = new Map<number, { model: Model; fields: string[] }>();
  const guids = new Set<string>();
  for (const n of db.rows.notes ?? []) {
    checkId('note', n.id, now, report);
    checkModSeconds(`note ${n.id}`, n.mod, now, report);
    const guid = String(n.guid ?? '');
    if (guid === '' || guids.has(guid)) report('notes.guid', `note ${n.id} has an empty or repeated guid ${JSON.stringify(guid)}`);
    guids.add(guid);
    const model = models.get(Number(n.mid));
    if (!model) {
      report('notes.model', `note ${n.id} uses missing note type ${n.mid}`);
      continue;
    }
    const flds = String(n.flds);
    const tags = String(n.tags);
    const fields = flds.split(FIELD_SEPARATOR);
    if (fields.length !== model.flds.length) {
      report('notes.field-count', `note ${n.id} has ${fields.length} fields, note type "${model.name}" has ${model.flds.length}`);
    }
    if (flds !== flds.normalize('NFC') || tags !== tags.normalize('NFC')) report('text.nfc', `note ${n.id} has text that is not NFC`);
    if (tags !== '' && !/^ (\S+ )+$/.test(tags)) report('notes.tags', `note ${n.id} tags ${JSON.stringify(tags)} are not " a b "`);
    if (String(n.sfld) !== stripHtml(fields[model.sortf] ?? '')) report('notes.sfld', `note ${n.id} sfld does not match its sort field`);
    if (Number(n.csum) !== fieldChecksum(fields[0] ?? '')) report('notes.csum', `note ${n.id} csum ${n.csum} is not the checksum of its first field`);
    notes.set(Number(n.id), { model, fields });
  }

  const seen = new Set<string>();
  const cardsPerNote = new Map<number, number>();
  for (const c of db.rows.cards ?? []) {
    checkId('card', c.id, now, report);
    const note = notes.get(Number(c.nid));
    if (!note) {
      report('cards.note', `card ${c.id} belongs to missing note ${c.nid}`);
      continue;
    }
    if (!decks.has(Number(c.did))) report('cards.deck', `card ${c.id} is in missing deck ${c.did}`);
    const ord = Number(c.ord);
    const key = `${c.nid}/${ord}`;
    if (seen.has(key)) report('cards.duplicate', `note ${c.nid} has two cards with ord ${ord}`);
    seen.add(key);
    cardsPerNote.set(Number(c.nid), (cardsPerNote.get(Number(c.nid)) ?? 0) + 1);
    const { model, fields } = note;
    const byName = new Map(model.flds.map((f, i) => [f.name, fields[i] ?? '']));
    if (model.type === 1) {
      const ords = clozeOrds(model, byName);
      if (!ords.has(ord)) report('cards.cloze-ord', `cloze card ${c.id} has ord ${ord}, but its note has no {{c${ord + 1}::…}}`);
    } else if (ord < 0 || ord >= model.tmpls.length) {
      report('cards.ord', `card ${c.id} has ord ${ord}, note type "${model.name}" has ${model.tmpls.length} templates`);
    } else if (!frontHasContent(model.tmpls[ord]!.qfmt, byName)) {
      report('cards.empty-front', `card ${c.id} (note ${c.nid}, template "${model.tmpls[ord]!.name}") has nothing on its front`);
    }
  }
  for (const id of notes.keys()) if (!cardsPerNote.has(id)) report('notes.no-cards', `note ${id} has no cards`);
}

/** Card ords a cloze note makes: N-1 for every {{cN::…}} in the fields its template puts through `cloze:`. */
function clozeOrds(model: Model, fields: Map<string, string>): Set<number> {
  const ords = new Set<number>();
  for (const t of model.tmpls) {
    for (const m of t.qfmt.matchAll(/\{\{[^}]*cloze:([^}]+)\}\}/g)) {
      const value = fields.get((m[1] ?? '').trim()) ?? '';
      for (const c of value.matchAll(/\{\{c(\d+)::/g)) {
        const n = Number(c[1]);
        if (n > 0) ords.add(n - 1);
      }
    }
  }
  return ords;
}

/** Anki leaves out a card whose front would show none of its fields' text: at least one field it uses must be non-empty. */
function frontHasContent(qfmt: string, fields: Map<string, string>): boolean {
  const used = [...referencedFields(qfmt)].filter((name) => fields.has(name));
  return used.some((name) => stripHtml(fields.get(name) ?? '') !== '' || /<img|\[sound:/i.test(fields.get(name) ?? ''));
}

function checkMedia(entries: Record<string, Uint8Array>, fieldText: string, report: Report): void {
  const raw = entries.media;
  if (!raw) {
    report('zip.media-map', 'the zip has no "media" entry');
    return;
  }
  let map: Record<string, unknown>;
  try {
    map = JSON.parse(entryText(raw)) as Record<string, unknown>;
    if (!map || typeof map !== 'object' || Array.isArray(map)) throw new Error('not an object');
  } catch {
    report('zip.media-map', '"media" is not a JSON object {"0": "name"}');
    return;
  }
  const names = new Set<string>();
  for (const [key, value] of Object.entries(map)) {
    if (!/^(0|[1-9][0-9]*)$/.test(key)) report('zip.media-map', `media key ${JSON.stringify(key)} is not a number`);
    if (!(key in entries)) report('zip.entries', `media ${key} has no zip entry`);
    const name = String(value);
    if (
      typeof value !== 'string' || name === '' || name === '.' || name === '..' || /[\\/\u0000-\u001f]/.test(name) ||
      name !== name.normalize('NFC') || new TextEncoder().encode(name).length > 120
    ) {
      report('media.name', `media name ${JSON.stringify(value)} is not a plain NFC file name of at most 120 bytes`);
    }
    if (names.has(name)) report('media.unique', `media name ${name} is used twice`);
    names.add(name);
    if (!name.startsWith('_') && !fieldText.includes(name) && !fieldText.includes(encodeURI(name))) {
      report('media.unused', `media ${name} is neither used by a field nor starts with "_": Anki would drop it`);
    }
  }
  for (const entry of Object.keys(entries)) {
    if (entry !== 'collection.anki2' && entry !== 'collection.anki21' && entry !== 'media' && entry !== 'meta' && !(entry in map)) {
      report('zip.entries', `zip entry ${entry} is not in the media map`);
    }
  }
}
