import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { disorderKindWord, namesById } from '@book/facts-view';
import { loadBook } from '@book/model';
import { oblique, phrases } from './phrases.js';

// Every pattern over every gland, part, hormone and disorder of the real content: the questions a learner reads.
const { book } = loadBook(fileURLToPath(new URL('../../../../content', import.meta.url)));
if (!book) throw new Error('content/ does not load: run npm run validate');
const glands = book.chapters.flatMap((c) => c.glands);
const parts = glands.flatMap((g) => g.parts ?? []);
const hormones = glands.flatMap((g) => g.hormones ?? []);
const disorders = glands.flatMap((g) => g.disorders ?? []);

describe('the deck’s Hindi question patterns, on the real content', () => {
  it('asks where a gland is with हैं for a plural name and है otherwise', () => {
    const plural = glands.filter((g) => g.name.plural);
    expect(plural.map((g) => g.id)).toContain('islets-of-langerhans');
    for (const g of glands) {
      const q = phrases.location(g.name);
      expect(q, q).toBe(`${g.name.hi} कहाँ स्थित ${g.name.plural ? 'हैं' : 'है'}?`);
      // A plural name ending in -एँ/-ाँ/-ियाँ never stands with the singular verb.
      if (/(एँ|ाँ)$/.test(g.name.hi)) expect(q, `${g.id} looks plural: mark its name plural: true`).toMatch(/हैं\?$/);
    }
  });

  it('marks every plural-looking name as plural, so no question says "… कोशिकाएँ … है"', () => {
    const looksPlural = [...glands, ...parts].filter((x) => /(एँ|ाँ)$/.test(x.name.hi) || /^दोनों /.test(x.name.hi));
    expect(looksPlural.filter((x) => !x.name.plural).map((x) => x.id)).toEqual([]);
  });

  it('says a hormone (masculine) बनता and asks where it is made, or where it is made and released from', () => {
    for (const h of hormones) {
      const q = h.madeIn ? phrases.madeElsewhere(h.name.hi) : phrases.madeBy(h.name.hi, h.part !== undefined);
      expect(q).toMatch(/बनता है/);
      expect(q).not.toMatch(/बनती|बनते/);
      if (h.madeIn) expect(q).toMatch(/किस ग्रंथि के किस भाग से इसका स्राव होता है\?$/);
    }
    expect(hormones.filter((h) => h.madeIn).map((h) => h.id).sort()).toEqual(['oxytocin', 'vasopressin']);
  });

  it('speaks of too much or too little of a hormone, and of over- or underactivity of a gland or part', () => {
    const names = namesById(book);
    for (const d of disorders.filter((x) => x.kind !== 'other')) {
      const of = names.get(d.of)!;
      const q = phrases.dysfunction(of.name, disorderKindWord(book.meta.ui, d.kind, of.kind), 1);
      if (of.kind === 'hormone') expect(q, q).toMatch(d.kind === 'hyper' ? / की अधिकता से / : / की कमी से /);
      else expect(q, q).toMatch(d.kind === 'hyper' ? / की अतिक्रिया से / : / की अल्पक्रिया से /);
      expect(q).toMatch(/कौन-सा विकार होता है\?$/);
      expect(phrases.dysfunction(of.name, disorderKindWord(book.meta.ui, d.kind, of.kind), 2)).toMatch(/कौन-से विकार होते हैं\?$/);
    }
    expect(disorders.some((d) => names.get(d.of)!.kind === 'hormone')).toBe(true);
  });

  it('puts a disorder named "X का Y" in the oblique before में (कुशिंग के रोग में)', () => {
    expect(oblique('कुशिंग का रोग')).toBe('कुशिंग के रोग');
    expect(oblique('बहिस्था की अतिक्रिया')).toBe('बहिस्था की अतिक्रिया');
    for (const d of disorders) expect(phrases.signs(d.name)).not.toMatch(/ का \S+ में /);
  });
});
