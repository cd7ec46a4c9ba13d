import { describe, expect, it } from 'vitest';
import { buildGlossary } from './glossary.js';
import type { Chapter } from './schema/index.js';

const paragraph = (id: string, text: string) => ({ type: 'paragraph' as const, id, editorial: false, sentences: [{ id: `${id}/s1`, runs: [{ text }] }] });
const term = (id: string, hi: string) => ({ id, name: { hi, en: id }, from: 'source' as const });

describe('buildGlossary', () => {
  it('lists the blocks that use a name as whole words, for names of one word and of several', () => {
    const chapter: Chapter = {
      id: 'c',
      file: 'c.md',
      title: 'अध्याय',
      titleEn: 'Chapter',
      glands: [],
      terms: [term('gland', 'ग्रंथि'), term('pituitary', 'पीयूष ग्रंथि')],
      blocks: [
        paragraph('c/p1', 'यह ग्रंथि है।'),
        paragraph('c/p2', 'ये ग्रंथियाँ हैं, और पीयूष रस।'),
        paragraph('c/p3', 'पीयूष ग्रंथि छोटी है।'),
        paragraph('c/p4', 'पीयूष ग्रंथियाँ।'),
      ],
    };
    const uses = Object.fromEntries(buildGlossary([chapter]).map((entry) => [entry.id, entry.uses.map((use) => use.block)]));
    expect(uses).toEqual({ gland: ['c/p1', 'c/p3'], pituitary: ['c/p3'] });
  });
});
