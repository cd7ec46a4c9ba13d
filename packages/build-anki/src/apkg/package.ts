import { strToU8, zipSync, type Zippable } from 'fflate';
import { writeCollection } from './collection.js';
import type { Collection } from './types.js';

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
 * Writes a legacy .apkg: collection.anki2, then media files as entries "0", "1", … and the `media` map
 * {"0": name}. No `meta` entry: with one, newer Anki would look for collection.anki21b instead.
 * `date` is the fixed timestamp stored for every zip entry so the bytes never depend on the clock.
 */
export async function writeApkg(collection: Collection): Promise<Uint8Array> {
  const seen = new Set<string>();
  for (const file of collection.media) {
    checkMediaName(file.name);
    if (seen.has(file.name)) throw new TypeError(`media name ${file.name} is used twice: give each file its own name`);
    seen.add(file.name);
  }
  const mtime = zipDate(collection.modified);
  const entries: Zippable = { 'collection.anki2': [await writeCollection(collection), { level: 6, mtime }] };
  const map: Record<string, string> = {};
  collection.media.forEach((file, i) => {
    entries[String(i)] = [file.bytes, { level: 6, mtime }];
    map[String(i)] = file.name;
  });
  entries.media = [strToU8(JSON.stringify(map)), { level: 6, mtime }];
  return zipSync(entries);
}

/** fflate writes zip (DOS) dates from local-time getters; give it a Date whose local fields are the UTC ones so the
 * bytes don't depend on the machine's time zone. */
function zipDate(ms: number): Date {
  const d = new Date(ms);
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
}
