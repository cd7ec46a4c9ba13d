import { createHash } from 'node:crypto';
import { MOD_RULE } from './ledger-schema.js';
import { validLedger } from './ledger-validator.js';

/**
 * The mod rule. Anki replaces a note on re-import only when the incoming mod is greater than the stored one, and
 * the build may not read the clock. So a note's mod is derived from the last *published* state, kept in a ledger
 * (guid -> content hash + mod) that is committed when a deck is released:
 *   - content hash equals the ledger's -> keep the ledger's mod (the learner's copy is already up to date);
 *   - otherwise (new or changed note)  -> mod = max(book.meta.modified in seconds, ledger mod + 1).
 * book.meta.modified moves forward with every content change, so a changed note always gets a greater mod than any
 * copy a learner holds, and an unchanged note keeps its mod. With no ledger every note gets book.meta.modified:
 * still correct for Anki, only less precise (re-import then rewrites unchanged notes with identical text).
 * Note types follow the same rule with a hash of their name, fields, templates and CSS.
 */
export interface Ledger {
  schemaVersion: 1;
  notes: Record<string, LedgerEntry>;
  noteTypes: Record<string, LedgerEntry>;
}

export interface LedgerEntry {
  hash: string;
  mod: number;
}

export const emptyLedger = (): Ledger => ({ schemaVersion: 1, notes: {}, noteTypes: {} });

export function contentHash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value), 'utf8').digest('hex').slice(0, 32);
}

export function modFor(entry: LedgerEntry | undefined, hash: string, modifiedSeconds: number): number {
  if (entry?.hash === hash) return entry.mod;
  return Math.max(modifiedSeconds, (entry?.mod ?? 0) + 1);
}

/** Throws with the first problem (JSON pointer + what is wrong) when `value` is not a ledger. */
export function parseLedger(value: unknown): Ledger {
  if (validLedger(value)) return value;
  const first = validLedger.errors?.[0];
  const where = first?.instancePath || '/';
  const why = where.endsWith('/mod') ? ` (${MOD_RULE})` : '';
  throw new Error(`ledger: ${where} ${first?.message ?? 'is not a ledger'}${why}; expected {"schemaVersion": 1, "notes": {guid: {hash, mod}}, "noteTypes": {id: {hash, mod}}}`);
}

/** The bytes of a ledger file (dist/<id>.anki-ledger.json, and the released anki-ledger.json copied from it). */
export function ledgerJson(ledger: Ledger): string {
  if (!validLedger(ledger)) throw new TypeError(`ledgerJson: the ledger to write breaks its own schema (${JSON.stringify(validLedger.errors?.[0])}); fix the build`);
  return `${JSON.stringify(ledger, null, 1)}\n`;
}
