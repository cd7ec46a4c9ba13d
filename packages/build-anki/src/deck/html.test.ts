import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clozeClose, clozeOpen, fieldHtml, h, text } from './html.js';

// What content may put in a field (fieldHtml refuses controls and private-use characters), with the characters
// that get escaped or rewritten made likely.
const FORBIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F\uE000-\uF8FF\u{F0000}-\u{10FFFF}]/u;
const fieldText = fc
  .array(fc.oneof(fc.constantFrom('<', '&', '>', '"', "'", '{', '}', ':', '::', '[', ']', '\\', ' ', 'ग्रंथि', 'क्ष', 'e\u0301', '&amp;', '<b>'), fc.string({ unit: 'grapheme' })), { maxLength: 12 })
  .map((parts) => parts.join(''))
  .filter((s) => !FORBIDDEN.test(s));

describe('fieldHtml', () => {
  it('writes text alone as the rehype pipeline writes the same text inside an element', () => {
    fc.assert(
      fc.property(fc.array(fieldText, { maxLength: 3 }), (values) => {
        const inB = fieldHtml([h('b', values.map(text))]);
        expect(inB.startsWith('<b>') && inB.endsWith('</b>')).toBe(true);
        expect(fieldHtml(values.map(text))).toBe(inB.slice('<b>'.length, -'</b>'.length));
      }),
      { numRuns: 500 },
    );
  });

  it('writes each character Anki would read as markup as a reference, each alone in a field, and the cloze markers as cloze syntax', () => {
    const alone: [string, string][] = [['{', '&#x7B;'], ['}', '&#x7D;'], ['[', '&#x5B;'], [']', '&#x5D;'], ['a::b', 'a:&#x3A;b'], ['\\', '<span class="tex2jax_ignore mathjax_ignore">\\</span>']];
    for (const [value, html] of alone) {
      expect(fieldHtml([text(value)])).toBe(html);
      expect(fieldHtml([h('b', value)])).toBe(`<b>${html}</b>`);
    }
    expect(fieldHtml([clozeOpen(2), text('x'), clozeClose()])).toBe('{{c2::x}}');
  });
});
