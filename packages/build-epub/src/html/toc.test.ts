import { describe, expect, it } from 'vitest';
import { fixtureBook } from '../../../../tests/fixtures/book.js';
import { tocEntries } from './toc.js';

describe('tocEntries', () => {
  it('nests headings by depth under their chapter, between the cover and the glossary', () => {
    const entries = tocEntries(fixtureBook);
    expect(entries.map((e) => e.href)).toEqual(['cover.xhtml', 'overview.xhtml', 'pituitary.xhtml', 'glossary.xhtml']);
    const overview = entries[1]!;
    expect(overview.children.map((e) => e.href)).toEqual(['overview.xhtml#overview.h1']);
    expect(overview.children[0]!.children[0]!.href).toBe('overview.xhtml#overview.h2');
    expect(overview.children[0]!.children[0]!.children[0]!.label).toBe('स्राव की मात्रा');
  });
});
