import { createHash } from 'node:crypto';

/**
 * Anki ids are millisecond timestamps: it renumbers ids that lie in the future, and it keys review history on them,
 * so ours must be stable and in the past. We hash a content id into a fixed window of past timestamps that never
 * moves; collisions are detected by the caller (see `IdRegistry`), never resolved silently.
 */
export const ID_WINDOW_START = Date.UTC(2018, 0, 1); // 1514764800000
export const ID_WINDOW_END = Date.UTC(2024, 0, 1); // the book is modified after this, so ids are never in its future
const ID_WINDOW = ID_WINDOW_END - ID_WINDOW_START;

function digest(key: string): Buffer {
  return createHash('sha256').update(key, 'utf8').digest();
}

/** A stable Anki id (ms timestamp in the fixed window) for a content key such as "note/term/pituitary". */
export function stableId(key: string): number {
  return ID_WINDOW_START + Number(digest(key).readBigUInt64BE(0) % BigInt(ID_WINDOW));
}

const BASE91 = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~';

/** A note guid in Anki's own style (base91 of 64 bits) derived from the note's content key, never from its text. */
export function stableGuid(key: string): string {
  let n = digest(`guid/${key}`).readBigUInt64BE(0);
  let out = '';
  do {
    out = BASE91[Number(n % 91n)] + out;
    n /= 91n;
  } while (n > 0n);
  return out;
}

/** Hands out ids for one table and fails loudly on a collision, naming both keys so one can be renamed. */
export class IdRegistry {
  readonly #byId = new Map<number, string>();

  constructor(readonly table: string) {}

  id(key: string): number {
    const id = stableId(`${this.table}/${key}`);
    const other = this.#byId.get(id);
    if (other !== undefined && other !== key) {
      throw new Error(`${this.table} id collision between "${other}" and "${key}": change one of the content ids`);
    }
    this.#byId.set(id, key);
    return id;
  }
}
