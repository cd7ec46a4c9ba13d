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
    expect(() => parseLedger({ schemaVersion: 1, notes: { g: { hash: 1 } }, noteTypes: {} })).toThrow(/notes\["g"\]/);
  });
});
