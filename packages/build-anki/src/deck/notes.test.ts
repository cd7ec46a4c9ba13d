import { describe, expect, it } from 'vitest';
import type { Book } from '@book/model';
import { fixtureBook, fixtureGland, fixturePageMap } from '../../../../tests/fixtures/book.js';
import { bookNotes } from './notes.js';
import type { PageMap } from './pagemap.js';

const pageMap = fixturePageMap as PageMap;
const notes = bookNotes(fixtureBook, pageMap);
const byKey = new Map(notes.map((n) => [n.key, n]));
/** A cloze field without the context line above the sentence. */
const sentenceOf = (field: string) => field.replace(/^<div class="context">.*?<\/div>/, '');
const sentence = (key: string) => sentenceOf(byKey.get(key)!.fields[0]!);

describe('bookNotes', () => {
  it('makes a two-card Term note for every gland, hormone and disorder', () => {
    const terms = notes.filter((n) => n.kind === 'term').map((n) => n.key);
    const gland = fixtureGland();
    expect(terms).toEqual([gland, ...gland.hormones!, ...gland.disorders!].map((x) => `term/${x.id}`));
    expect(byKey.get('term/gh')!.ords).toEqual([0, 1]);
    expect(byKey.get('term/gh')!.fields.slice(0, 3)).toEqual(['वर्धक हार्मोन', 'Growth hormone', 'GH']);
  });

  it('asks where the gland lies, where each hormone is made, what it does, and what hyper-/hypofunction cause', () => {
    const facts = notes.filter((n) => n.kind === 'fact').map((n) => n.key);
    // One question for each kind of dysfunction of a hormone or part; Cushing's disease (kind: other) makes none.
    expect(facts).toEqual([
      'fact/pituitary-gland/location',
      ...fixtureGland().hormones!.flatMap((h) => [`fact/${h.id}/made-by`, `fact/${h.id}/effect`]),
      'fact/gh/hyper',
      'fact/gh/hypo',
      'fact/anterior-lobe/hypo',
    ]);
    const madeBy = byKey.get('fact/gh/made-by')!;
    expect(madeBy.fields[0]).toBe('वर्धक हार्मोन (GH) किस ग्रंथि के किस भाग में बनता है?');
    expect(madeBy.fields[1]).toContain('<b>पीयूषिका ग्रंथि</b>');
    expect(madeBy.fields[1]).toContain('अग्रिम खंडिका');
    const hypo = byKey.get('fact/anterior-lobe/hypo')!;
    expect(hypo.fields[0]).toBe('अग्रिम खंडिका की अल्पक्रिया से कौन-सा विकार होता है?');
    expect(hypo.fields[1]).toContain('<b>साइमंड्स का रोग</b>');
    expect(hypo.fields[1]).toContain('रोगी का कृश हो जाना');
  });

  it('makes one Cloze note per sentence with a term worth recalling: a name of the book, or the first word of one', () => {
    const clozes = notes.filter((n) => n.kind === 'cloze');
    // Sentences without a bold name of the book (overview/p1/s2: हार्मोन is not bold) make none.
    expect(clozes.map((n) => n.key)).toEqual(['cloze/overview/p1/s1', 'cloze/pituitary/p1/s1', 'cloze/pituitary/p2/s1', 'cloze/pituitary/p2/s2', 'cloze/pituitary/p3/s1']);
    // अग्रिम starts अग्रिम खंडिका, a part of the book; मध्य names nothing in this Book, so it stays bold.
    expect(sentence('cloze/pituitary/p1/s1')).toBe('इसमें तीन भाग हैं- {{c1::अग्रिम}}, <b>मध्य</b> और {{c2::पश्च}} खंडिकाएँ।');
    expect(byKey.get('cloze/pituitary/p1/s1')!.ords).toEqual([0, 1]);
    expect(sentence('cloze/overview/p1/s1')).toContain('(<i><span lang="en">endocrine gland</span></i>)');
  });

  it('leaves a name the chapter lists under noCloze bold instead of deleting it', () => {
    const book = structuredClone(fixtureBook) as Book;
    book.chapters[1]!.noCloze = ['अग्रिम'];
    const note = bookNotes(book, pageMap).find((n) => n.key === 'cloze/pituitary/p1/s1')!;
    expect(sentenceOf(note.fields[0]!)).toBe('इसमें तीन भाग हैं- <b>अग्रिम</b>, <b>मध्य</b> और {{c1::पश्च}} खंडिकाएँ।');
    expect(note.ords).toEqual([0]);
  });

  it('says on the front what a cloze is about: the gland and part, else the chapter, and the sentence it refers back to', () => {
    const book = structuredClone(fixtureBook) as Book;
    const p = book.chapters[1]!.blocks[0]!;
    if (p.type !== 'paragraph') throw new Error('fixture changed');
    p.sentences = [
      { id: 'pituitary/p1/s1', runs: [{ text: 'यह मस्तिष्क के नीचे लटकती है।' }], gland: 'pituitary-gland' },
      { id: 'pituitary/p1/s2', runs: [{ text: 'इसमें ' }, { text: 'वर्धक हार्मोन', strong: true }, { text: ' बनता है।' }], gland: 'pituitary-gland', part: 'anterior-lobe', antecedent: 'pituitary/p1/s1' },
    ];
    const field = bookNotes(book, pageMap).find((n) => n.key === 'cloze/pituitary/p1/s2')!.fields[0]!;
    expect(field).toBe(
      '<div class="context">पीयूषिका ग्रंथि › अग्रिम खंडिका</div><div class="before">यह मस्तिष्क के नीचे लटकती है।</div>इसमें {{c1::वर्धक हार्मोन}} बनता है।',
    );
  });

  it('never shows a card its answer: overlapping deletions are one card, a context that names the answer gives way', () => {
    const book = structuredClone(fixtureBook) as Book;
    const p = book.chapters[1]!.blocks[0]!;
    if (p.type !== 'paragraph') throw new Error('fixture changed');
    p.sentences[0] = {
      id: 'pituitary/p1/s1',
      runs: [{ text: 'यह ' }, { text: 'पीयूषिका ग्रंथि', strong: true }, { text: ' है; इसका ' }, { text: 'वर्धक', strong: true }, { text: ' और ' }, { text: 'वर्धक हार्मोन', strong: true }, { text: '।' }],
      gland: 'pituitary-gland',
    };
    const note = bookNotes(book, pageMap).find((n) => n.key === 'cloze/pituitary/p1/s1')!;
    // The gland's name would give c1 away, and so would the chapter title: the chapter number is left.
    expect(note.fields[0]).toBe('<div class="context">अध्याय 2</div>यह {{c1::पीयूषिका ग्रंथि}} है; इसका {{c2::वर्धक}} और {{c2::वर्धक हार्मोन}}।');
    expect(note.ords).toEqual([0, 1]);
    // A deletion visible elsewhere in the sentence is no deletion at all.
    p.sentences[0] = { id: 'pituitary/p1/s1', runs: [{ text: 'वर्धक हार्मोन को ' }, { text: 'वर्धक', strong: true }, { text: ' भी कहते हैं।' }] };
    expect(bookNotes(book, pageMap).find((n) => n.key === 'cloze/pituitary/p1/s1')).toBeUndefined();
  });

  it('labels editorial sentences with book.meta.ui.editorial and leaves others unlabelled', () => {
    expect(byKey.get('cloze/pituitary/p3/s1')!.fields[1]).toBe(fixtureBook.meta.ui.editorial);
    expect(byKey.get('cloze/pituitary/p1/s1')!.fields[1]).toBe('');
  });

  it('names chapter and booklet page in Source, from the page map', () => {
    expect(byKey.get('cloze/pituitary/p3/s1')!.fields[2]).toBe(`स्रोत: अध्याय 2: पीयूषिका ग्रंथि · पृष्ठ ${pageMap.blocks['pituitary/p3/s1']}`);
    expect(byKey.get('term/gh')!.fields[4]).toBe(`स्रोत: अध्याय 2: पीयूषिका ग्रंथि · पृष्ठ ${pageMap.facts['gh/name']![0]}`);
  });

  it('cites the page of each fact a note draws on, and every page a sentence runs over', () => {
    const map = structuredClone(pageMap);
    map.facts['gh/name'] = [8];
    map.facts['gh/part'] = [8];
    map.sentences['pituitary/p1/s1'] = [5, 6];
    const notes = new Map(bookNotes(fixtureBook, map).map((n) => [n.key, n]));
    const source = (key: string, field: number) => notes.get(key)!.fields[field]!.split(' · ')[1];
    expect(source('term/gh', 4)).toBe('पृष्ठ 8');
    // The gland's name is printed where its facts begin, the part in the hormone's row (8).
    expect(source('fact/gh/made-by', 2)).toBe(`पृष्ठ ${map.facts['pituitary-gland/name']![0]}, 8`);
    expect(source('cloze/pituitary/p1/s1', 2)).toBe('पृष्ठ 5, 6');
    // A fact whose table row runs over a page break is cited on every page it is printed on.
    map.facts['gh/effect'] = [8, 9];
    expect(new Map(bookNotes(fixtureBook, map).map((n) => [n.key, n])).get('fact/gh/effect')!.fields[2]!.split(' · ')[1]).toBe('पृष्ठ 8, 9');
    delete map.facts['gh/effect'];
    expect(() => bookNotes(fixtureBook, map)).toThrow(/no page for fact "gh\/effect"/);
  });

  it('tags the note kind, chapter and gland', () => {
    expect(byKey.get('fact/gh/effect')!.tags).toEqual(['kind::fact', 'chapter::pituitary', 'gland::pituitary-gland']);
    expect(byKey.get('cloze/overview/p1/s1')!.tags).toEqual(['kind::cloze', 'chapter::overview']);
    expect(byKey.get('cloze/pituitary/p3/s1')!.tags).toContain('provenance::editorial');
  });

  it('escapes HTML in the text', () => {
    const book = structuredClone(fixtureBook) as Book;
    const p = book.chapters[0]!.blocks[0]!;
    if (p.type !== 'paragraph') throw new Error('fixture changed');
    p.sentences[0]!.runs[0] = { text: 'a < b & <script>x</script> ' };
    expect(sentenceOf(bookNotes(book, pageMap)[0]!.fields[0]!)).toMatch(/^a &#x3C; b &#x26; &#x3C;script>x&#x3C;\/script> /);
  });

  it('keeps the text of links (book-internal #ids mean nothing in Anki) and stores NFC', () => {
    const book = structuredClone(fixtureBook) as Book;
    const p = book.chapters[0]!.blocks[0]!;
    if (p.type !== 'paragraph') throw new Error('fixture changed');
    p.sentences[0]!.runs[0] = { text: 'देखें \u095c ', href: '#pituitary' }; // U+095C ड़ is not NFC
    const text = sentenceOf(bookNotes(book, pageMap)[0]!.fields[0]!);
    expect(text.startsWith('देखें \u0921\u093c {{c1::')).toBe(true);
    expect(text).not.toContain('href');
  });

  it('fails clearly when the page map lacks a sentence or chapter', () => {
    const { 'pituitary/p2/s1': _sentence, 'pituitary/p2': _block, ...blocks } = pageMap.blocks;
    expect(() => bookNotes(fixtureBook, { ...pageMap, blocks })).toThrow(/no page for sentence "pituitary\/p2\/s1"/);
    expect(() => bookNotes(fixtureBook, { ...pageMap, chapters: { overview: 3 } })).toThrow(/no page for chapter "pituitary"/);
  });

  it('makes one deletion of a key term whose runs change script (**T4 हार्मोन**)', () => {
    const book = structuredClone(fixtureBook) as Book;
    const p = book.chapters[1]!.blocks[0]!;
    if (p.type !== 'paragraph') throw new Error('fixture changed');
    p.sentences[0]!.runs = [{ text: 'यह ' }, { text: 'T4', strong: true, lang: 'en' }, { text: ' हार्मोन', strong: true }, { text: ' है।' }];
    book.chapters[0]!.terms.push({ id: 't4', name: { hi: 'T4 हार्मोन', en: 'T4' }, from: 'source' });
    const note = bookNotes(book, pageMap).find((n) => n.key === 'cloze/pituitary/p1/s1')!;
    expect(sentenceOf(note.fields[0]!)).toBe('यह {{c1::<span lang="en">T4</span> हार्मोन}} है।');
    expect(note.ords).toEqual([0]);
  });

  it('writes braces and :: in the text as character references, so Anki never reads them as cloze syntax', () => {
    const book = structuredClone(fixtureBook) as Book;
    const p = book.chapters[1]!.blocks[0]!;
    if (p.type !== 'paragraph') throw new Error('fixture changed');
    p.sentences[0]!.runs[0] = { text: 'a::b {{c9::x}} ' };
    const field = bookNotes(book, pageMap).find((n) => n.key === 'cloze/pituitary/p1/s1')!.fields[0]!;
    expect(sentenceOf(field).startsWith('a:&#x3A;b &#x7B;&#x7B;c9:&#x3A;x&#x7D;&#x7D; ')).toBe(true);
    expect(field.match(/\{\{c\d+::/g)).toEqual(['{{c1::', '{{c2::']);
  });
});
