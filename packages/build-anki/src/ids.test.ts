import { describe, expect, it } from 'vitest';
import { ID_WINDOW_END, ID_WINDOW_START, IdRegistry, stableGuid, stableId } from './ids.js';

describe('stableId', () => {
  it('is a past millisecond timestamp in the fixed window, the same for the same key', () => {
    for (const key of ['note/term/gh', 'note/term/fsh', 'deck/endocrine-system', '']) {
      const id = stableId(key);
      expect(Number.isSafeInteger(id)).toBe(true);
      expect(id).toBeGreaterThanOrEqual(ID_WINDOW_START);
      expect(id).toBeLessThan(ID_WINDOW_END);
      expect(stableId(key)).toBe(id);
    }
    expect(stableId('note/term/gh')).not.toBe(stableId('note/term/fsh'));
  });

  it('does not collide over many keys', () => {
    const ids = new Set(Array.from({ length: 20000 }, (_, i) => stableId(`k/${i}`)));
    expect(ids.size).toBe(20000);
  });
});

describe('stableGuid', () => {
  it('is deterministic, base91 without the field separator, and unique over many keys', () => {
    expect(stableGuid('a')).toBe(stableGuid('a'));
    const guids = new Set(Array.from({ length: 20000 }, (_, i) => stableGuid(`note/${i}`)));
    expect(guids.size).toBe(20000);
    for (const g of guids) expect(g).toMatch(/^[!-~]{1,10}$/);
  });
});

describe('IdRegistry', () => {
  it('hands out the same id for the same key and prefixes the table', () => {
    const r = new IdRegistry('notes');
    expect(r.id('x')).toBe(r.id('x'));
    expect(r.id('x')).toBe(stableId('notes/x'));
  });
});
