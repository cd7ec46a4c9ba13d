import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash, modFor, parseLedger } from './ledger.js';

describe('modFor', () => {
  const t1 = 1_780_000_000;
  const t2 = t1 + 86_400;

  it('uses book.meta.modified for a note the ledger does not know', () => {
    expect(modFor(undefined, 'h', t1)).toBe(t1);
  });

  it('keeps the published mod while the content is unchanged', () => {
    expect(modFor({ hash: 'h', mod: t1 }, 'h', t2)).toBe(t1);
  });

  it('moves a changed note to the new modified time', () => {
    expect(modFor({ hash: 'old', mod: t1 }, 'new', t2)).toBe(t2);
  });

  it('stays greater than the published mod even if modified went backwards', () => {
    expect(modFor({ hash: 'old', mod: t2 }, 'new', t1)).toBe(t2 + 1);
  });
});

describe('contentHash', () => {
  it('differs when any field differs', () => {
    expect(contentHash(['a', 'b'])).not.toBe(contentHash(['a', 'c']));
    expect(contentHash(['a', 'b'])).toBe(contentHash(['a', 'b']));
  });
});

describe('parseLedger', () => {
  it('rejects malformed ledgers with a message', () => {
    expect(() => parseLedger({})).toThrow(/schemaVersion/);
    expect(() => parseLedger({ schemaVersion: 1, notes: { g: { hash: 1 } }, noteTypes: {} })).toThrow(/\/notes\/g/);
  });

  const hash = 'c54937e25b7114a65d5924e1eeb95800';
  it.each([
    ['a negative mod', { g: { hash, mod: -5 } }, /^ledger: \/notes\/g\/mod must be >= 0 \(a mod is a time in whole seconds/],
    ['a mod of 1e300', { g: { hash, mod: 1e300 } }, /^ledger: \/notes\/g\/mod must be <= 9007199254740991/],
    ['a mod of 2**63 + 10 (SQLite would store a REAL)', { g: { hash, mod: 2 ** 63 + 10 } }, /^ledger: \/notes\/g\/mod must be <= 9007199254740991/],
    ['a fractional mod', { g: { hash, mod: 1.5 } }, /^ledger: \/notes\/g\/mod must be integer/],
    ['notes: null', null, /^ledger: \/notes must be object/],
    ['an entry without hash', { g: { mod: 1 } }, /^ledger: \/notes\/g must have required property 'hash'/],
  ])('rejects %s, naming where', (_, notes, message) => {
    expect(() => parseLedger({ schemaVersion: 1, notes, noteTypes: {} })).toThrow(message);
  });

  it('accepts the released ledger (packages/build-anki/anki-ledger.json)', () => {
    const released = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'anki-ledger.json'), 'utf8'));
    expect(parseLedger(released)).toBe(released);
  });
});
