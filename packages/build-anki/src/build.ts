import type { Book } from '@book/model';
import { subsetFont, fontBytes } from '@book/fonts';
import { writeApkg, type PackageInput } from './apkg/package.js';
import { decodeEntities } from './apkg/text.js';
import type { Card, Deck, Note, NoteType } from './apkg/types.js';
import { ID_WINDOW_END, IdRegistry, stableGuid } from './ids.js';
import { contentHash, emptyLedger, modFor, type Ledger } from './deck/ledger.js';
import { bookNotes } from './deck/notes.js';
import { occlusionNotes, occlusionNoteType } from './deck/occlusion.js';
import { BOLD_FONT_MEDIA_NAME, FONT_MEDIA_NAME, noteTypeDefinitions, type NoteKind } from './deck/notetypes.js';
import type { PageMap } from './deck/pagemap.js';

export interface BuildOptions {
  /** The last published state (see deck/ledger.ts); without it every note's mod is book.meta.modified. */
  ledger?: Ledger;
}

export interface BuildResult {
  apkg: Uint8Array;
  /** The ledger of this build: commit it when the deck is released. */
  ledger: Ledger;
  stats: { notes: number; cards: number; decks: number; notesByKind: Record<NoteKind, number>; cardsByKind: Record<NoteKind, number>; fontBytes: number };
}

/** The Book as an Anki package: root deck from the title, one subdeck per chapter, Term/Fact/Cloze notes. */
export async function buildAnki(book: Book, pageMap: PageMap, options: BuildOptions = {}): Promise<BuildResult> {
  const modified = Date.parse(book.meta.modified);
  if (!Number.isFinite(modified)) throw new TypeError(`book.meta.modified "${book.meta.modified}" is not a date-time`);
  if (modified < ID_WINDOW_END) {
    throw new TypeError(`book.meta.modified ${book.meta.modified} is before ${new Date(ID_WINDOW_END).toISOString()}: our ids would be in its future`);
  }
  const modifiedSeconds = Math.floor(modified / 1000);
  const ledger = options.ledger ?? emptyLedger();
  const nextLedger: Ledger = { schemaVersion: 1, notes: {}, noteTypes: {} };
  const bookId = book.meta.id;

  const deckIds = new IdRegistry('decks');
  const rootName = clean(book.meta.title);
  const root: Deck = { id: deckIds.id(bookId), name: rootName, description: clean(book.meta.subtitle ?? ''), mod: modifiedSeconds };
  const chapterDecks = new Map<string, Deck>();
  book.chapters.forEach((chapter, i) => {
    const name = `${rootName}::${String(i + 1).padStart(2, '0')} ${clean(chapter.title)}`;
    chapterDecks.set(chapter.id, { id: deckIds.id(`${bookId}/${chapter.id}`), name, description: chapter.titleEn, mod: modifiedSeconds });
  });

  // Each note type's id comes from the book id and its kind, so adding one never changes another's.
  const definitions = { ...noteTypeDefinitions(bookId), occlusion: occlusionNoteType(bookId) };
  const noteTypeIds = new IdRegistry('notetypes');
  const noteTypes = {} as Record<NoteKind, NoteType>;
  for (const kind of ['term', 'fact', 'cloze', 'occlusion'] as const) {
    const def = definitions[kind];
    const id = noteTypeIds.id(`${bookId}/${kind}`);
    const hash = contentHash(def);
    const mod = modFor(ledger.noteTypes[String(id)], hash, modifiedSeconds);
    nextLedger.noteTypes[String(id)] = { hash, mod };
    noteTypes[kind] = { ...def, id, mod, deckId: root.id };
  }

  const noteIds = new IdRegistry('notes');
  const cardIds = new IdRegistry('cards');
  const notes: Note[] = [];
  const cards: Card[] = [];
  const notesByKind: Record<NoteKind, number> = { term: 0, fact: 0, cloze: 0, occlusion: 0 };
  const cardsByKind: Record<NoteKind, number> = { term: 0, fact: 0, cloze: 0, occlusion: 0 };
  for (const draft of [...bookNotes(book, pageMap), ...occlusionNotes(book, pageMap)]) {
    const guid = stableGuid(`${bookId}/${draft.key}`);
    if (nextLedger.notes[guid]) throw new Error(`two notes share the content key "${draft.key}": content ids must be unique`);
    const noteType = noteTypes[draft.kind];
    const hash = contentHash([noteType.id, draft.fields, draft.tags]);
    const mod = modFor(ledger.notes[guid], hash, modifiedSeconds);
    nextLedger.notes[guid] = { hash, mod };
    const note: Note = { id: noteIds.id(`${bookId}/${draft.key}`), guid, noteTypeId: noteType.id, mod, tags: draft.tags, fields: draft.fields };
    notes.push(note);
    notesByKind[draft.kind] += 1;
    const deck = chapterDecks.get(draft.chapterId)!;
    for (const ord of draft.ords) {
      cards.push({ id: cardIds.id(`${bookId}/${draft.key}/${ord}`), noteId: note.id, deckId: deck.id, ord, mod, due: notes.length });
      cardsByKind[draft.kind] += 1;
    }
  }

  // A note the builder changed while the content date stayed (e.g. a corrected citation) gets the ledger's mod + 1,
  // which can lie past book.meta.modified; the collection's mod must not be older than anything in it.
  const newestMod = Math.max(...notes.map((n) => n.mod), ...Object.values(noteTypes).map((t) => t.mod)) * 1000;
  let fontBytes = 0;
  const collection: PackageInput = {
    modified: Math.max(modified, newestMod),
    noteTypes: Object.values(noteTypes),
    decks: [root, ...chapterDecks.values()],
    notes,
    cards,
    // Subset while the collection is deflated (writeApkg).
    media: () => {
      const { regular, bold } = fontSubsets(fontText(notes));
      fontBytes = regular.length + bold.length;
      return [
        { name: FONT_MEDIA_NAME, bytes: regular },
        { name: BOLD_FONT_MEDIA_NAME, bytes: bold },
      ];
    },
  };
  const apkg = await writeApkg(collection);
  return {
    apkg,
    ledger: nextLedger,
    stats: { notes: notes.length, cards: cards.length, decks: collection.decks.length, notesByKind, cardsByKind, fontBytes },
  };
}

/** The subsets of the last deck built in this process, by the words they were made for. */
let lastSubsets: { text: string; regular: Uint8Array; bold: Uint8Array } | undefined;

/**
 * Both weights subset for the words of the cards. The words are a set, so most saves in watch mode leave them as
 * they were: then the last subsets are given again (splitting the text into words is most of a warm subset's cost).
 */
function fontSubsets(text: string): { regular: Uint8Array; bold: Uint8Array } {
  if (lastSubsets?.text !== text) lastSubsets = { text, regular: subsetFont(fontBytes('regular'), text), bold: subsetFont(fontBytes('bold'), text) };
  return { regular: lastSubsets.regular.slice(), bold: lastSubsets.bold.slice() };
}

function clean(name: string): string {
  const n = name.normalize('NFC').trim();
  if (n.includes('::')) throw new TypeError(`deck name "${n}" contains "::", which Anki reads as a subdeck separator`);
  return n;
}

/** The words of each field of the last deck built in this process, by the field's HTML (see fontText). */
let lastFieldWords = new Map<string, string[]>();

/**
 * The words a card can show, for subsetFont (which closes over each word on its own): field text with tags and
 * cloze markers turned into spaces (each side of a tag is shaped as its own run), plus what templates add.
 * A field's words depend only on its HTML; watch mode builds the deck after every save and most fields stay as
 * they were, so the last deck's words are given again for the same HTML.
 */
function fontText(notes: readonly Note[]): string {
  const words = new Set<string>();
  const thisBuild = new Map<string, string[]>();
  const add = (s: string) => {
    let fieldWords = thisBuild.get(s) ?? lastFieldWords.get(s);
    if (!fieldWords) {
      const plain = decodeEntities(s.replace(/<[^>]*>/g, ' ').replace(/\{\{c\d+::|\}\}/g, ' '));
      fieldWords = plain.split(/\s+/).filter((w) => w);
    }
    thisBuild.set(s, fieldWords);
    for (const w of fieldWords) words.add(w);
  };
  for (const note of notes) for (const f of note.fields) add(f);
  add('[...] [ ... ] 0123456789 . , : ; ( ) - — – · ? !');
  lastFieldWords = thisBuild;
  return [...words].sort().join(' ');
}
