import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { keptFiles, keptSession, nothingKept, type KeptSession } from '@book/kept-files';
import { confJson, dconfJson, decksJson, modelsJson } from './json.js';
import { LEGACY_SCHEMA_SQL, SCHEMA_VERSION } from './schema.js';
import { FIELD_SEPARATOR, fieldChecksum, joinTags, stripHtml } from './text.js';
import type { Collection } from './types.js';
import { sqlite, type SqlJsStatic } from './sqlite.js';

/** The last collection written in this process, by everything it was written from. */
let lastCollection: { key: string; bytes: Uint8Array } | undefined;

/**
 * Writes collection.anki2 (SQLite, schema 11). Rows go in the given order, so the same input gives the same bytes.
 * In watch mode most saves change no card (prose outside the cards' sentences), so the last database is kept, by
 * its input (the media are not in it), and its bytes are given again when the input is the same.
 */
export async function writeCollection(collection: Omit<Collection, 'media'>): Promise<Uint8Array> {
  const { modified, noteTypes, decks, notes, cards } = collection;
  const key = JSON.stringify([modified, noteTypes, decks, notes, cards]);
  if (lastCollection?.key !== key) {
    const stored = kept.read(key);
    const bytes = stored ?? (await writeDatabase(collection));
    if (!stored) kept.keep(key, bytes);
    lastCollection = { key, bytes };
  }
  return lastCollection.bytes.slice();
}

/** One collection per build that changed a note; beyond this many files the least recently used go. */
export const MAX_COLLECTION_FILES = 8;
const collectionFiles = keptFiles('collection-', '.anki2', MAX_COLLECTION_FILES);
/** The folder collections are kept in between processes (keepCollectionsIn); none by default. */
let kept: KeptSession = nothingKept;

/**
 * Keeps the collections written from now on in `dir` (@book/kept-files), so that a build process after an
 * edit that changed no note neither loads sql.js nor runs it (~0.3 s); `undefined` keeps them in this process only.
 * The returned function writes what this process wrote with `write`; it returns an error's message instead of
 * throwing, as a cache that cannot be written must not fail a build.
 */
export function keepCollectionsIn(dir: string | undefined, write?: (path: string, data: Uint8Array) => void): () => string | undefined {
  const session = keptSession(collectionFiles, dir, collectionRecipe, { caller: 'keepCollectionsIn', what: 'Anki collections' }, write);
  kept = session;
  lastCollection = undefined;
  return () => session.save();
}

/**
 * Everything besides the input that decides a collection's bytes, hashed: the code of this folder (the SQL, the
 * JSON of the col row, the field helpers) and sql.js's script and WebAssembly.
 */
function collectionRecipe(): string {
  const hash = createHash('sha256');
  const here = fileURLToPath(new URL('.', import.meta.url));
  for (const name of readdirSync(here).sort()) if (/\.[jt]s$/.test(name)) hash.update(`${name}\n`).update(readFileSync(`${here}${name}`));
  const require = createRequire(import.meta.url);
  for (const file of [require.resolve('sql.js'), require.resolve('sql.js/dist/sql-wasm.wasm')]) hash.update(readFileSync(file));
  return hash.digest('hex');
}

/** The collection's database; `fileBytes` overrides the guessed size of the file it is written in (for tests). */
export async function writeDatabase(collection: Omit<Collection, 'media'>, fileBytes?: number): Promise<Uint8Array> {
  const SQL = await sqlite();
  const db = new SQL.Database(presizedEmptyDatabase(SQL, collection, fileBytes));
  try {
    const modifiedSeconds = Math.floor(collection.modified / 1000);
    const firstDeck = collection.decks[0];
    if (!firstDeck) throw new TypeError('a collection needs at least one deck: add one to Collection.decks');
    const dayStart = modifiedSeconds - (modifiedSeconds % 86400);
    db.run('INSERT INTO col VALUES (1, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, ?)', [
      dayStart,
      collection.modified,
      collection.modified,
      SCHEMA_VERSION,
      confJson(firstDeck.id, collection.noteTypes[0]?.id),
      modelsJson(collection.noteTypes),
      decksJson(collection.decks, modifiedSeconds),
      dconfJson(modifiedSeconds),
      '{}',
    ]);

    // One transaction for all inserts: sql.js otherwise commits (and copies pages) after every statement.
    db.exec('BEGIN');
    const noteTypes = new Map(collection.noteTypes.map((nt) => [nt.id, nt]));
    // flds and sfld go in as UTF-8 bytes cast to text (the same value as text bound directly): sql.js encodes a
    // bound string in JavaScript, character by character, which was a fifth of its time at 100×.
    const insertNote = db.prepare('INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, CAST(? AS TEXT), CAST(? AS TEXT), ?, 0, \'\')');
    for (const note of collection.notes) {
      const nt = noteTypes.get(note.noteTypeId);
      if (!nt) throw new TypeError(`note ${note.guid} refers to note type ${note.noteTypeId}: add it to Collection.noteTypes`);
      if (note.fields.length !== nt.fields.length) {
        throw new TypeError(`note ${note.guid} has ${note.fields.length} fields, note type ${nt.name} has ${nt.fields.length}`);
      }
      const fields = note.fields.map((f) => f.normalize('NFC'));
      insertNote.run([
        note.id,
        note.guid,
        note.noteTypeId,
        note.mod,
        joinTags(note.tags.map((t) => t.normalize('NFC'))),
        utf8(fields.join(FIELD_SEPARATOR)),
        utf8(stripHtml(fields[nt.sortField] ?? '')),
        fieldChecksum(fields[0] ?? ''),
      ]);
    }
    insertNote.free();

    const insertCard = db.prepare('INSERT INTO cards VALUES (?, ?, ?, ?, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, \'\')');
    for (const card of collection.cards) {
      insertCard.run([card.id, card.noteId, card.deckId, card.ord, card.mod, card.due]);
    }
    insertCard.free();
    db.exec('COMMIT');
    return db.export();
  } finally {
    db.close();
  }
}

const encoder = new TextEncoder();

/**
 * Text as UTF-8 for CAST(? AS TEXT). An empty string stays a string (an empty array is no text to bind), and so does
 * one with a lone surrogate, which TextEncoder would replace with U+FFFD where sql.js writes it as it is.
 */
function utf8(text: string): string | Uint8Array {
  return text === '' || !(text as string & { isWellFormed(): boolean }).isWellFormed() ? text : encoder.encode(text);
}

/**
 * The bytes of a database holding only the schema, followed by zeros up to about the size the collection will have.
 * sql.js keeps the database file in an emscripten in-memory file that grows by 1/8 whenever a page is written past
 * its end, copying the whole file each time: at 100× (a 66 MB collection) that copying was a quarter of sql.js's time.
 * A file that starts this large never grows. SQLite reads the database's size from its header (valid here: the
 * change counter equals the version-valid-for number), not from the file's, and export() copies only the database's
 * pages, so the collection's bytes are those of a database started empty (tests/anki compare them).
 */
function presizedEmptyDatabase(SQL: SqlJsStatic, collection: Omit<Collection, 'media'>, fileBytes?: number): Uint8Array {
  const empty = new SQL.Database();
  let schemaOnly: Uint8Array;
  try {
    empty.exec(LEGACY_SCHEMA_SQL);
    schemaOnly = empty.export();
  } finally {
    empty.close();
  }
  // The file is ~1.5 × the fields' UTF-8 bytes (the sort field and indexes add to them), plus the small rows; a low
  // guess only means the file grows as before.
  let fieldBytes = 0;
  for (const note of collection.notes) for (const field of note.fields) fieldBytes += Buffer.byteLength(field);
  const expected = fileBytes ?? Math.ceil(1.5 * fieldBytes) + 256 * (collection.notes.length + collection.cards.length) + 65536;
  const file = new Uint8Array(Math.max(expected, schemaOnly.length));
  file.set(schemaOnly);
  return file;
}
