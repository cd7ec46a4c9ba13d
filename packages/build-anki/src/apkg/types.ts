/** The in-memory shape of what goes into a legacy (schema 11) Anki collection. Plain data, no behaviour. */

export interface NoteTypeField {
  name: string;
  /** Font the Anki editor uses for this field; cards use the note type CSS. */
  font?: string;
  size?: number;
  rtl?: boolean;
}

export interface NoteTypeTemplate {
  name: string;
  qfmt: string;
  afmt: string;
}

export interface NoteType {
  id: number;
  name: string;
  kind: 'standard' | 'cloze';
  /** Seconds. */
  mod: number;
  fields: NoteTypeField[];
  templates: NoteTypeTemplate[];
  css: string;
  /** Index of the sort field. */
  sortField: number;
  /** Deck new notes of this type go to in the Anki "Add" dialog. */
  deckId: number;
}

export interface Deck {
  id: number;
  /** Full name with `::` between levels; every parent must be a deck too. */
  name: string;
  description: string;
  /** Seconds. */
  mod: number;
}

export interface Note {
  id: number;
  guid: string;
  noteTypeId: number;
  /** Seconds. Anki updates an existing note on import only if this is greater than the stored one. */
  mod: number;
  tags: string[];
  /** Field HTML, in note type field order. */
  fields: string[];
}

export interface Card {
  id: number;
  noteId: number;
  deckId: number;
  ord: number;
  /** Seconds. */
  mod: number;
  /** Position in the new queue. */
  due: number;
}

export interface MediaFile {
  name: string;
  bytes: Uint8Array;
}

export interface Collection {
  /** Milliseconds; also the collection's creation and schema time. Every id must be <= this. */
  modified: number;
  noteTypes: NoteType[];
  decks: Deck[];
  notes: Note[];
  cards: Card[];
  media: MediaFile[];
}
