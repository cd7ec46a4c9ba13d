import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openApkg } from '@book/build-anki';
import { decodeEntities } from '../../packages/build-anki/src/apkg/text.js';
import { renderTemplate } from '../../packages/build-anki/src/preview/render.js';
import { hasPath } from '../helpers/tools.js';
import { distApkgPath, expectedCounts, loadBook } from './helpers.js';

// A learner reviews a card alone, weeks later, in random order: every front must say what it is about (a gland,
// part or the chapter of its note, or the hormone or disorder it asks about) and must never show its own answer.
const ready = hasPath(distApkgPath, 'built by npm run build');

interface Model {
  name: string;
  type: number;
  flds: { name: string }[];
  tmpls: { qfmt: string; afmt: string }[];
}

/** Rendered HTML as the text a learner reads: tags dropped, references decoded, NFC, spaces collapsed. */
const text = (html: string) =>
  decodeEntities(html.replace(/<br\s*\/?>/g, ' ').replace(/<[^>]*>/g, ' '))
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .trim();

describe.skipIf(!ready)('every card of the built deck stands on its own', async () => {
  const { book } = loadBook();
  const opened = await openApkg(new Uint8Array(readFileSync(distApkgPath)));
  const db = opened.db!;
  const models = JSON.parse(String(db.rows.col![0]!.models)) as Record<string, Model>;
  const notes = new Map(db.rows.notes!.map((n) => [Number(n.id), n]));

  // What a front may name: per gland, its names, its parts' and its own hormones' and disorders' names; per chapter,
  // its title and number.
  const forms = (name: { hi: string; en: string; aliases?: readonly string[]; textbook?: readonly string[] }) => [
    name.hi,
    name.en,
    ...(name.aliases ?? []),
    ...(name.textbook ?? []),
  ];
  const glandNames = new Map<string, string[]>();
  for (const chapter of book.chapters) {
    for (const g of chapter.glands) {
      glandNames.set(g.id, [g, ...(g.parts ?? []), ...(g.hormones ?? []), ...(g.disorders ?? [])].flatMap((x) => forms(x.name)));
    }
  }
  const chapterNames = new Map(book.chapters.map((c, i) => [c.id, [c.title, `${book.meta.ui.chapter} ${i + 1}`]]));

  const cards = db.rows.cards!.map((card) => {
    const note = notes.get(Number(card.nid))!;
    const model = models[String(note.mid)]!;
    const values = String(note.flds).split('\x1f');
    const fields = Object.fromEntries(model.flds.map((f, i) => [f.name, values[i] ?? '']));
    const ord = Number(card.ord);
    const template = model.tmpls[model.type === 1 ? 0 : ord]!;
    const front = renderTemplate(template.qfmt, fields, { ord });
    const tags = String(note.tags).trim().split(/\s+/);
    return { kind: model.name.split(' ')[0]!.toLowerCase(), fields, ord, front, tags };
  });

  it('checks as many cards as the model calls for', () => {
    const expected = expectedCounts(book).cards;
    expect(cards.length).toBe(Object.values(expected).reduce((a, b) => a + b, 0));
  });

  it('names a gland, part or hormone of its note, or its chapter, on every front', () => {
    const nameless: string[] = [];
    for (const card of cards) {
      const front = text(card.front);
      const allowed = card.tags.flatMap((tag) => {
        const [kind, id] = tag.split('::');
        if (kind === 'gland') return glandNames.get(id!) ?? [];
        if (kind === 'chapter') return chapterNames.get(id!) ?? [];
        return [];
      });
      if (!allowed.some((name) => front.includes(name.normalize('NFC')))) nameless.push(`${card.kind} ${card.ord}: ${front}`);
    }
    expect(nameless).toEqual([]);
  });

  it('never shows its answer on the front, not even inside a longer word', () => {
    const revealing: string[] = [];
    for (const card of cards) {
      const front = text(card.front);
      let answers: string[];
      if (card.kind === 'term') answers = [text(card.ord === 0 ? card.fields.English! : card.fields.Hindi!.split('<br>')[0]!)];
      else if (card.kind === 'fact') {
        const bold = [...card.fields.Answer!.matchAll(/<b>(.*?)<\/b>/g)].map((m) => text(m[1]!));
        answers = bold.length ? bold : [text(card.fields.Answer!.replace(/<span class="label">.*?<\/span>/g, '').split('<br>')[0]!)];
      } else if (card.kind === 'cloze') {
        answers = [...card.fields.Text!.matchAll(/\{\{c(\d+)::(.*?)\}\}/g)].filter((m) => Number(m[1]) === card.ord + 1).map((m) => text(m[2]!));
        expect(answers.length, card.fields.Text).toBeGreaterThan(0);
      } else answers = [text(card.fields.Hindi!)];
      for (const answer of answers) if (answer && front.includes(answer)) revealing.push(`${card.kind} ${card.ord}: "${answer}" on "${front}"`);
    }
    expect(revealing).toEqual([]);
  });
});
