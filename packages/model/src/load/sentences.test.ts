import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

const texts = (sentences: { text: string }[][]) => sentences.map((s) => s.map((r) => r.text).join(''));

describe('splitSentences', () => {
  it('splits after a danda, ? or ! followed by space, and keeps the marks of runs cut in two', () => {
    const sentences = splitSentences([
      { text: 'पहला वाक्य है। दूसरा ' },
      { text: 'वाक्य', strong: true },
      { text: ' है? तीसरा!' },
    ]);
    expect(texts(sentences)).toEqual(['पहला वाक्य है।', 'दूसरा वाक्य है?', 'तीसरा!']);
    expect(sentences[1]).toEqual([{ text: 'दूसरा ' }, { text: 'वाक्य', strong: true }, { text: ' है?' }]);
  });

  it('keeps text without a final danda as its own sentence and does not split inside numbers like 15-20', () => {
    expect(texts(splitSentences([{ text: '15-20 वर्ष का व्यक्ति। और आगे' }]))).toEqual(['15-20 वर्ष का व्यक्ति।', 'और आगे']);
  });

  it('does not split on a danda glued to the next word', () => {
    expect(texts(splitSentences([{ text: 'क।ख ग।' }]))).toEqual(['क।ख ग।']);
  });
});
