import { strToU8 } from 'fflate';
import { writeCollection } from './collection.js';
import type { Collection } from './types.js';
import { deflateAhead, zipDeflated, type ZipFile } from './zip.js';

/** Media names Anki accepts on import: a plain file name, NFC, at most 120 bytes. */
export function checkMediaName(name: string): void {
  if (
    name === '' || name === '.' || name === '..' || /[\\/:*?"<>|\u0000-\u001f]/.test(name) ||
    name !== name.normalize('NFC') || new TextEncoder().encode(name).length > 120
  ) {
    throw new TypeError(`media name ${JSON.stringify(name)} must be a plain NFC file name of at most 120 bytes`);
  }
}

/**
 * A collection whose media may be made while its database is deflated: a function giving the media is called once
 * the database is written, with its deflate running on a worker thread (the deck's fonts are subset meanwhile).
 */
export type PackageInput = Omit<Collection, 'media'> & { media: Collection['media'] | (() => Collection['media']) };

/**
 * Writes a legacy .apkg: media files as entries "0", "1", …, collection.anki2 and the `media` map
 * {"0": name}. No `meta` entry: with one, newer Anki would look for collection.anki21b instead.
 * `date` is the fixed timestamp stored for every zip entry so the bytes never depend on the clock.
 */
export async function writeApkg(input: PackageInput): Promise<Uint8Array> {
  const database = await writeCollection(input);
  deflateAhead(database);
  const media = typeof input.media === 'function' ? input.media() : input.media;
  const seen = new Set<string>();
  for (const file of media) {
    checkMediaName(file.name);
    if (seen.has(file.name)) throw new TypeError(`media name ${file.name} is used twice: give each file its own name`);
    seen.add(file.name);
  }
  // The media files come first in the zip: the order fflate's zipSync gave the packages before (a JavaScript
  // object lists integer-like keys first), kept so the bytes stay the same.
  const files: ZipFile[] = [];
  const map: Record<string, string> = {};
  media.forEach((file, i) => {
    files.push({ name: String(i), bytes: file.bytes });
    map[String(i)] = file.name;
  });
  files.push({ name: 'collection.anki2', bytes: database });
  files.push({ name: 'media', bytes: strToU8(JSON.stringify(map)) });
  return zipDeflated(files, zipDate(input.modified));
}

/** fflate writes zip (DOS) dates from local-time getters; give it a Date whose local fields are the UTC ones so the
 * bytes don't depend on the machine's time zone. */
function zipDate(ms: number): Date {
  const d = new Date(ms);
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
}
