import { describe, expect, it } from 'vitest';
import { fixtureBook } from '../../../../tests/fixtures/book.js';
import { createLinker } from './links.js';

describe('createLinker', () => {
  const link = createLinker(fixtureBook);

  it('sends #chapter, #block, #list-item and #glossary-entry to the file that holds them', () => {
    expect(link('#pituitary')).toBe('pituitary.xhtml');
    expect(link('#overview/l1')).toBe('overview.xhtml#overview.l1');
    expect(link('#overview/l1/i2')).toBe('overview.xhtml#overview.l1.i2');
    expect(link('#tsh')).toBe('glossary.xhtml#tsh');
    expect(link('#pituitary/p2/s2')).toBe('pituitary.xhtml#pituitary.p2');
  });

  it('keeps web links and rejects anything else, naming the link', () => {
    expect(link('https://hi.wikipedia.org/')).toBe('https://hi.wikipedia.org/');
    expect(() => link('#nowhere')).toThrow(/#nowhere/);
    expect(() => link('javascript:alert(1)')).toThrow(/javascript:alert/);
  });
});
