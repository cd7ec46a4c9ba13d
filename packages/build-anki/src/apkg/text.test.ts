import { describe, expect, it } from 'vitest';
import { fieldChecksum, joinTags, stripHtml } from './text.js';

describe('stripHtml', () => {
  it('removes tags, decodes entities and keeps image file names', () => {
    expect(stripHtml('<b>अग्रिम</b> &amp; <span lang="en">lobe</span>&#x20;')).toBe('अग्रिम & lobe');
    expect(stripHtml('x<img src="a b.jpg">')).toBe('x a');
    expect(stripHtml('<img src="paste-1.jpg" />')).toBe('paste-1.jpg');
  });
});

describe('fieldChecksum', () => {
  // Values from real Anki exports in ../shared/anki-controls (notes "hello", "goodbye", "alanine").
  it.each([
    ['hello', 2868168221],
    ['goodbye', 1015989383],
    ['alanine', 1707793742],
  ])('matches Anki for %s', (field, csum) => {
    expect(fieldChecksum(field)).toBe(csum);
  });

  it('ignores markup around the text', () => {
    expect(fieldChecksum('<b>hello</b>')).toBe(2868168221);
  });
});

describe('joinTags', () => {
  it('writes Anki\'s " a b " form', () => {
    expect(joinTags(['kind::term', 'gland::thyroid'])).toBe(' kind::term gland::thyroid ');
    expect(joinTags([])).toBe('');
  });

  it('rejects tags with spaces', () => {
    expect(() => joinTags(['a b'])).toThrow(TypeError);
  });
});
