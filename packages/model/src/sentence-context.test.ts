import { describe, expect, it } from 'vitest';
import type { Chapter, Gland } from './schema/index.js';
import { withSentenceContext } from './sentence-context.js';

const gland = (id: string, hi: string): Gland => ({ id, name: { hi, en: id }, from: 'source', location: { hi: 'गले में', en: 'neck', from: 'source' } });
const chapter = (id: string, glands: Gland[], texts: string[]): Chapter => ({
  id,
  file: `${id}.md`,
  title: 'अध्याय',
  titleEn: 'Chapter',
  glands,
  terms: [],
  blocks: [{ type: 'paragraph', id: `${id}/p1`, editorial: false, sentences: texts.map((text, i) => ({ id: `${id}/p1/s${i + 1}`, runs: [{ text }] })) }],
});

describe('withSentenceContext', () => {
  it("gives a sentence the first gland of its own chapter that it names, passing over another chapter's", () => {
    const thyroid = chapter('thyroid', [gland('thyroid-gland', 'अवटु'), gland('parathyroid-gland', 'परावटु')], [
      'पीयूष और परावटु दोनों।',
      'अवटुका नहीं, अवटु।',
    ]);
    const pituitary = chapter('pituitary', [gland('pituitary-gland', 'पीयूष')], ['पीयूष ग्रंथि।']);
    const [withContext] = withSentenceContext([thyroid, pituitary]);
    const block = withContext!.blocks[0]!;
    const glands = block.type === 'paragraph' ? block.sentences.map((sentence) => sentence.gland) : [];
    expect(glands).toEqual(['parathyroid-gland', 'thyroid-gland']);
  });
});
