import { describe, expect, it } from 'vitest';
import { hasTool } from '../helpers/tools.js';
import { built } from './helpers/built.js';
import { bookWords, compareShaping, hunspellWords } from './helpers/hb-shape.js';

const subject = built();
const words = bookWords(subject.book);
const dictionary = '/usr/share/hunspell/hi_IN.dic';

describe.skipIf(!hasTool('hb-shape', 'libharfbuzz-bin'))('shaping equals hb-shape', () => {
  it.each(['regular', 'bold'] as const)('for every word of the %s text', (weight) => {
    const { ratio, differing } = compareShaping(weight, words);
    console.log(`shaping (${weight}, ${subject.source}): ${(ratio * 100).toFixed(2)}% of ${words.length} words equal hb-shape`);
    expect(differing).toEqual([]);
  });

  it.skipIf(!hasTool(dictionary, 'hunspell-hi')).each(['regular', 'bold'] as const)('over the hunspell-hi word list, %s (reported; must stay above 99%)', (weight) => {
    const list = hunspellWords(dictionary);
    const { ratio, differing } = compareShaping(weight, list);
    console.log(`shaping (${weight}, hunspell-hi): ${(ratio * 100).toFixed(3)}% of ${list.length} words equal hb-shape; differing e.g. ${differing.slice(0, 8).join(' ')}`);
    expect(ratio).toBeGreaterThan(0.99);
  });
});
