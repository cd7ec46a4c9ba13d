import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepBetweenBuilds } from '@book/kept-files';
import fc from 'fast-check';
import { breakLines, isBreakableSpace, measure, spaceWidth, toWords, wordCount, wordMaker, type StyledText } from './words.js';

describe('toWords', () => {
  it('splits at whitespace and keeps a word whole across a change of weight', () => {
    const words = toWords([{ text: 'इसमें तीन भाग हैं: ', weight: 'regular' }, { text: 'अग्रिम', weight: 'bold' }, { text: ', मध्य', weight: 'regular' }], 10);
    expect(words.map((w) => w.text)).toEqual(['इसमें', 'तीन', 'भाग', 'हैं:', 'अग्रिम,', 'मध्य']);
    const stem = words[4]!;
    expect(stem.pieces.map((p) => p.weight)).toEqual(['bold', 'regular']);
    expect(stem.width).toBeCloseTo(measure('bold', 10, 'अग्रिम') + measure('regular', 10, ','), 6);
  });

  it('keeps every character: cluster texts concatenate to the input word', () => {
    for (const word of ['हार्मोन', 'ग्रंथि', 'राष्ट्रीय', 'श्रृंखला', 'ड्रिंक', 'क्षति']) {
      expect(toWords([{ text: word, weight: 'regular' }], 10)[0]!.text).toBe(word);
    }
  });
});

describe('isBreakableSpace', () => {
  it('is white space as \\s matches it, less the four no-break spaces, for every UTF-16 code unit', () => {
    const breakable = /^[^\S\u00a0\u2007\u202f\ufeff]$/u;
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isBreakableSpace(code) !== breakable.test(String.fromCharCode(code))) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});

describe('no-break spaces', () => {
  it('keep a number and its unit in one word, so no line breaks between them', () => {
    const words = toWords([{ text: 'प्रतिदिन १०\u00a0मि.ली. और ५\u202fग्राम तथा 3\u2007kg लें', weight: 'regular' }], 10);
    expect(words.map((w) => w.text)).toEqual(['प्रतिदिन', '१०\u00a0मि.ली.', 'और', '५\u202fग्राम', 'तथा', '3\u2007kg', 'लें']);
    const space = spaceWidth('regular', 10);
    // From the width of the widest word up (a narrower line would have to cut the word itself).
    for (let width = Math.ceil(Math.max(...words.map((w) => w.width))); width < 200; width += 5) {
      const lines = breakLines(words, width, space);
      expect(lines.flatMap((l) => l.words.map((w) => w.text))).toContain('१०\u00a0मि.ली.');
    }
  });
});

describe('breakLines', () => {
  const words = toWords([{ text: 'यदि इस ग्रंथि की क्रिया बढ़ जाती है तो प्रजनन अंगों की अत्यंत वृद्धि होती है और यदि शरीर का वृद्धिकाल समाप्त नहीं हो चुका रहता है', weight: 'regular' }], 10);
  const space = spaceWidth('regular', 10);

  it('fills lines up to the width, never beyond, and loses no word', () => {
    const lines = breakLines(words, 150, space);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.flatMap((l) => l.words)).toEqual(words);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(150 + 1e-6);
    expect(lines.map((l) => l.last)).toEqual(lines.map((_, i) => i === lines.length - 1));
    lines.forEach((l, i) => expect(l.first).toBe(lines.slice(0, i).reduce((s, x) => s + x.words.length, 0)));
  });

  it('never ends a line inside a paragraph with a word ending in a hyphen', () => {
    const hyphenated = toWords([{ text: 'क ख ग घ हैं- इसी कारण इनका अध्ययन आवश्यक है', weight: 'regular' }], 10);
    for (let width = Math.ceil(Math.max(...hyphenated.map((w) => w.width))); width < 200; width += 3) {
      const lines = breakLines(hyphenated, width, space);
      for (const line of lines.slice(0, -1)) if (line.words.length > 1) expect(line.words.at(-1)!.text.endsWith('-')).toBe(false);
      expect(lines.flatMap((l) => l.words)).toEqual(hyphenated);
    }
  });

  it('cuts a word wider than the line at syllables into parts that fit, losing no character', () => {
    const input = toWords([{ text: 'क अधिवृक्क-प्रांतस्था-पोषक ख', weight: 'regular' }], 10);
    const lines = breakLines(input, 40, space);
    expect(lines[0]!.words.map((w) => w.text)).toEqual(['क']);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(40 + 1e-6);
    expect(lines.flatMap((l) => l.words.map((w) => w.text)).join('|')).toMatch(/^क\|अधि.*\|ख$/);
    expect(lines.flatMap((l) => l.words.map((w) => w.text)).slice(1, -1).join('')).toBe('अधिवृक्क-प्रांतस्था-पोषक');
    expect(lines.map((l) => l.first)).toEqual(lines.map((l) => (l.words[0]!.text === 'क' ? 0 : l.words[0]!.text === 'ख' ? 2 : 1)));
  });

  it('puts no text beyond the right margin even for a 5,000-character word', () => {
    const long = 'क्षत्रि'.repeat(1000);
    const lines = breakLines(toWords([{ text: `शब्द ${long} अंत`, weight: 'bold' }], 10), 280, space);
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(280 + 1e-6);
    const text = lines.flatMap((l) => l.words.map((w) => w.text)).join('');
    expect(text).toBe(`शब्द${long}अंत`);
    // Cut only between syllables: no part starts with a vowel sign, a virama or another combining mark.
    for (const word of lines.flatMap((l) => l.words)) expect(word.text).toMatch(/^[^\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963]/);
  });
});

describe('toWords across runs of the same style', () => {
  it('shapes a syllable split between two runs as one piece, like the unsplit word', () => {
    const split = toWords([{ text: 'ग्र', weight: 'regular' }, { text: 'ंथि है', weight: 'regular' }], 10);
    const whole = toWords([{ text: 'ग्रंथि है', weight: 'regular' }], 10);
    expect(split).toEqual(whole);
    expect(split[0]!.pieces).toHaveLength(1);
  });
});

describe('break opportunities from UAX #14, with the Hindi rules on top', () => {
  const space = spaceWidth('regular', 10);
  /** Every way the text can be set, from the width of its widest word (or of `widest`) up to one line. */
  const layouts = (text: string, widest = ''): string[][] => {
    const words = toWords([{ text, weight: 'regular' }], 10);
    const out: string[][] = [];
    for (let width = Math.ceil(Math.max(measure('regular', 10, widest), ...words.map((w) => w.width))); width < 260; width += 2) {
      const lines = breakLines(words, width, space);
      expect(lines.flatMap((l) => l.words)).toHaveLength(words.length);
      out.push(lines.map((l) => l.words.map((w) => w.text).join(' ')));
    }
    return out;
  };

  it('never breaks before a closing bracket or after an opening one, even with a space inside the brackets', () => {
    const text = 'पीयूष ग्रंथि ( pituitary gland ) मस्तिष्क के नीचे [ अग्र पालि ] स्थित होती है';
    for (const lines of layouts(text, '( pituitary gland )')) {
      for (const line of lines) {
        expect(line).not.toMatch(/^[)\]]/);
        expect(line).not.toMatch(/[([]$/);
      }
      expect(lines.join(' ')).toBe(text);
    }
  });

  it('never starts a line with a danda or double danda, even after a space', () => {
    const text = 'यह ग्रंथि गले में होती है । इसका हार्मोन थायरॉक्सिन है ॥ वह भी ज़रूरी है ।';
    for (const lines of layouts(text)) {
      for (const line of lines) expect(line).not.toMatch(/^[।॥]/);
      expect(lines.join(' ')).toBe(text);
    }
  });

  it('does not break at a zero-width no-break space (U+FEFF) and keeps it', () => {
    const text = 'क ख ग घ १०\ufeffमि.ली. ङ च छ ज';
    for (const lines of layouts(text)) {
      expect(lines.join(' ')).toBe(text);
      expect(lines.some((l) => l.includes('१०\ufeffमि.ली.'))).toBe(true);
    }
  });

  it('cuts a compound too wide for the line after its hyphen, not inside a part', () => {
    const words = toWords([{ text: 'the thyroid-stimulating hormone', weight: 'regular' }], 10);
    const compound = measure('regular', 10, 'thyroid-stimulating');
    const widest = Math.max(measure('regular', 10, 'thyroid-'), measure('regular', 10, 'stimulating'), measure('regular', 10, 'hormone'));
    let tried = 0;
    for (let width = Math.ceil(widest); width < compound; width += 1) {
      tried++;
      const texts = breakLines(words, width, space).flatMap((l) => l.words.map((w) => w.text));
      expect(texts).toContain('thyroid-');
      expect(texts).toContain('stimulating');
    }
    expect(tried).toBeGreaterThan(5);
  });
});

describe('wordCount', () => {
  it('counts the words toWords makes, for any runs of words, spaces and no-break spaces', () => {
    const piece = fc.constantFrom('हार्मोन', 'ग्रंथि', 'FSH', '(', '।', ' ', '  ', '\n', '\u00a0', '\u202f', 'क', '-');
    const run = fc.record({ text: fc.array(piece, { maxLength: 6 }).map((p) => p.join('')), weight: fc.constantFrom('regular' as const, 'bold' as const) });
    fc.assert(
      fc.property(fc.array(run, { maxLength: 5 }), (runs: StyledText[]) => {
        expect(wordCount(runs)).toBe(toWords(runs, 10).length);
      }),
    );
  });
});

// Watch mode lays the book out again after every save; a wordMaker gives the last layout's words for the same
// size and runs. Anything toWords reads must be in its key, or an edit would be laid out with the old words.
describe('wordMaker', () => {
  beforeAll(() => keepBetweenBuilds(true));
  afterAll(() => keepBetweenBuilds(false));
  const runs: StyledText[] = [{ text: 'थायरॉइड ग्रंथि गले में ', weight: 'regular' }, { text: 'स्थित', weight: 'bold', link: '#thyroid' }, { text: ' है।', weight: 'regular' }];
  const variants: [string, StyledText[], number][] = [
    ['the same runs', runs, 10],
    ['another size', runs, 8.5],
    ['another word', [{ ...runs[0]!, text: 'थायरॉइड ग्रंथि मनुष्य के गले में ' }, runs[1]!, runs[2]!], 10],
    ['another weight', [runs[0]!, { ...runs[1]!, weight: 'regular' }, runs[2]!], 10],
    ['another link', [runs[0]!, { ...runs[1]!, link: '#parathyroid' }, runs[2]!], 10],
    ['no link', [runs[0]!, { text: 'स्थित', weight: 'bold' }, runs[2]!], 10],
    ['the same text cut into runs elsewhere', [{ text: 'थायरॉइड ग्रंथि', weight: 'regular' }, { text: ' गले में ', weight: 'regular' }, runs[1]!, runs[2]!], 10],
  ];

  it.each(variants)('after a layout of other runs, gives what toWords gives for %s', (_label, next, size) => {
    const first = wordMaker();
    first.words(runs, 10);
    first.done();
    const second = wordMaker();
    expect(second.words(next, size)).toEqual(toWords(next, size));
    second.done();
  });

  it("gives the last layout's words again for the same runs, and forgets those a layout did not use", () => {
    const first = wordMaker();
    const words = first.words(runs, 10);
    first.done();
    const second = wordMaker();
    expect(second.words(runs.map((r) => ({ ...r })), 10)).toBe(words);
    second.done();
    const third = wordMaker();
    third.words(variants[2]![1], 10);
    third.done();
    expect(wordMaker().words(runs, 10)).not.toBe(words);
  });

  it('keeps nothing while keepBetweenBuilds is off (a command that builds once)', () => {
    const first = wordMaker();
    const words = first.words(runs, 10);
    first.done();
    keepBetweenBuilds(false);
    try {
      const second = wordMaker();
      expect(second.words(runs, 10)).not.toBe(words);
      expect(second.words(runs, 10)).toEqual(words);
    } finally {
      keepBetweenBuilds(true);
    }
  });
});
