import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { textByWeight } from './text-by-weight.js';

describe('textByWeight', () => {
  const tree = { type: 'root' as const, children: [h('p', ['पहली ', h('strong', ['ग्रंथि']), 'याँ और ', h('a', ['क्ष']), 'त्र']), h('h2', ['शीर्षक'])] };
  const { regular, bold } = textByWeight([tree]);

  it('puts headings and key terms in bold, the rest in regular', () => {
    expect(bold).toContain('ग्रंथि');
    expect(bold).toContain('शीर्षक');
    expect(regular).not.toContain('ग्रंथि');
    expect(regular).not.toContain('शीर्षक');
  });

  it('joins inline pieces drawn with one font (a reader shapes across a link) and cuts where the weight changes', () => {
    expect(regular).toContain('क्षत्र');
    expect(regular).not.toContain('पहली याँ');
    expect(regular.split(/\s+/)).toContain('याँ');
  });
});
