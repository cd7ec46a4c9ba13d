import { beforeAll, describe, expect, it } from 'vitest';
import type { FigureBlock } from '@book/model';
import { validateApkg } from '@book/build-anki';
import { build, loadBook } from './helpers.js';

const FIELD_SEPARATOR = '\x1f';
const { book, pageMap, real } = loadBook();
const labels = book.chapters.flatMap((c) => c.blocks.filter((b): b is FigureBlock => b.type === 'figure').flatMap((f) => f.labels.map((l) => ({ figure: f, label: l }))));

describe.skipIf(!real)('image-occlusion notes of the deck', () => {
  let notes: { guid: string; fields: string[]; modelName: string }[];
  let cards: { nid: number }[];
  let problems: unknown[];

  beforeAll(async () => {
    const { apkg } = await build(book, pageMap);
    const result = await validateApkg(apkg);
    problems = result.problems;
    const db = result.opened.db!;
    const models = JSON.parse(String(db.rows.col![0]!.models)) as Record<string, { name: string }>;
    notes = db.rows.notes!.map((n) => ({ guid: String(n.guid), fields: String(n.flds).split(FIELD_SEPARATOR), modelName: models[String(n.mid)]!.name, id: n.id }))
      .filter((n) => n.modelName.startsWith('Occlusion ('));
    const ids = new Set(db.rows.notes!.filter((n) => models[String(n.mid)]!.name.startsWith('Occlusion (')).map((n) => Number(n.id)));
    cards = db.rows.cards!.map((c) => ({ nid: Number(c.nid) })).filter((c) => ids.has(c.nid));
  });

  it('the deck with occlusion notes passes the .apkg validator', () => {
    expect(problems).toEqual([]);
  });

  it('one note and one card per label, keyed by figure id and label id', () => {
    expect(labels.length).toBeGreaterThanOrEqual(20);
    expect(notes.map((n) => n.fields[0]).sort()).toEqual(labels.map(({ figure, label }) => `${figure.figure}/${label.id}`).sort());
    expect(cards).toHaveLength(labels.length);
  });

  it("a front never contains its hidden label's text but shows the others as inline SVG; the back reveals it with its names and page", () => {
    for (const { figure, label } of labels) {
      const note = notes.find((n) => n.fields[0] === `${figure.figure}/${label.id}`)!;
      const [, front, back, hindi, english, source] = note.fields as [string, string, string, string, string, string];
      expect(front.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'), label.id).toBe(true);
      const texts = [...front.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
      expect(texts, label.id).not.toContain(label.text);
      expect(front, label.id).not.toContain(`>${label.text}<`);
      expect(front).toContain('class="mask"');
      for (const other of figure.labels) if (other.text !== label.text && !label.text.includes(other.text)) expect(texts).toContain(other.text);
      expect(front).not.toMatch(/<img|<script/);
      expect(back).toContain(`>${label.text}</text>`);
      expect(hindi).toBe(label.name.hi);
      expect(english).toBe(label.name.en);
      expect(source).toContain(`${book.meta.ui.page} ${pageMap.blocks[figure.id]}`);
    }
  });
});
