import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { toXhtml, toXhtmlWithItems } from './serialize.js';

describe('toXhtmlWithItems', () => {
  const items = (): ElementContent[][] => [
    [h('dt', { id: 'a' }, [h('dfn', 'ग्रंथि')]), h('dd', { lang: 'en', xmlLang: 'en' }, 'gland'), h('dd', ['अंग · ', h('a', { href: 'x.xhtml#y' }, 'अध्याय & <एक>')])],
    [h('dt', { id: 'b' }, [h('dfn', 'हार्मोन')]), h('dd', 'hormone')],
  ];
  const frame = (list: ElementContent[]) => h('section', { 'epub:type': 'glossary' }, [h('h1', 'शब्दावली'), h('dl', list)]);

  it('writes the same XHTML and text as toXhtml of the frame with every item in its last element', () => {
    const whole = toXhtml([frame(items().flat())]);
    const inParts = toXhtmlWithItems(frame([]), items());
    expect(inParts.xhtml).toBe(whole.xhtml);
    expect(inParts.text).toEqual(whole.text);
  });

  it('refuses a frame whose last element the sanitiser drops', () => {
    expect(() => toXhtmlWithItems(h('section', [h('blink')]), items())).toThrow(TypeError);
  });
});
