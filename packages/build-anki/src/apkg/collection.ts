import { confJson, dconfJson, decksJson, modelsJson } from './json.js';
import { LEGACY_SCHEMA_SQL, SCHEMA_VERSION } from './schema.js';
import { FIELD_SEPARATOR, fieldChecksum, joinTags, stripHtml } from './text.js';
import type { Collection } from './types.js';
import { sqlite } from './sqlite.js';

/** The last collection written in this process, by everything it was written from. */
let lastCollection: { key: string; bytes: Uint8Array } | undefined;

/**
 * Writes collection.anki2 (SQLite, schema 11). Rows go in the given order, so the same input gives the same bytes.
 * In watch mode most saves change no card (prose outside the cards' sentences), so the last database is kept, by
 * its input (the media are not in it), and its bytes are given again when the input is the same.
 */
export async function writeCollection(collection: Collection): Promise<Uint8Array> {
  const { modified, noteTypes, decks, notes, cards } = collection;
  const key = JSON.stringify([modified, noteTypes, decks, notes, cards]);
  if (lastCollection?.key !== key) lastCollection = { key, bytes: await writeDatabase(collection) };
  return lastCollection.bytes.slice();
}

async function writeDatabase(collection: Collection): Promise<Uint8Array> {
  const SQL = await sqlite();
  const db = new SQL.Database();
  try {
    db.exec(LEGACY_SCHEMA_SQL);
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
    const insertNote = db.prepare('INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, \'\')');
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
        fields.join(FIELD_SEPARATOR),
        stripHtml(fields[nt.sortField] ?? ''),
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
