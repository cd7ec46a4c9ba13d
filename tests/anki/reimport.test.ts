import { beforeAll, describe, expect, it } from 'vitest';
import type { Book } from '@book/model';
import { validateApkg } from '@book/build-anki';
import { build, loadBook } from './helpers.js';

/** Notes by guid, note types by id: what Anki matches on when the learner imports the new version. */
async function snapshot(apkg: Uint8Array) {
  const { problems, opened } = await validateApkg(apkg);
  expect(problems).toEqual([]);
  const db = opened.db!;
  const notes = new Map(db.rows.notes!.map((n) => [String(n.guid), { id: n.id, mod: Number(n.mod), flds: String(n.flds), tags: String(n.tags) }]));
  const cards = db.rows.cards!.map((c) => `${c.id}/${c.nid}/${c.ord}/${c.did}`).sort();
  const models = JSON.parse(String(db.rows.col![0]!.models)) as Record<string, unknown>;
  return { notes, cards, models };
}

describe('re-import of an updated deck', () => {
  let book: ReturnType<typeof loadBook>['book'];
  let pageMap: ReturnType<typeof loadBook>['pageMap'];
  let v1: Awaited<ReturnType<typeof build>>;

  beforeAll(async () => {
    ({ book, pageMap } = loadBook());
    v1 = await build(book, pageMap);
  });

  it('keeps guids, ids and note types, and raises mod on exactly the changed notes', async () => {

    const edited = structuredClone(book) as Book;
    edited.meta.modified = new Date(Date.parse(book.meta.modified) + 86_400_000).toISOString();
    const sentence = edited.chapters
      .flatMap((c) => c.blocks.flatMap((b) => (b.type === 'paragraph' ? b.sentences : [])))
      .find((s) => s.runs.some((r) => r.strong) && s.runs.some((r) => !r.strong))!;
    const plain = sentence.runs.find((r) => !r.strong)!;
    plain.text = `${plain.text.trimEnd()} (संशोधित) `;
    const hormone = edited.chapters.flatMap((c) => c.glands ?? []).flatMap((g) => g.hormones ?? [])[0]!;
    hormone.effect = { ...hormone.effect, hi: `${hormone.effect.hi} यह वाक्य बदला गया है।` };

    const v2 = await build(edited, pageMap, { ledger: v1.ledger });
    const [a, b] = [await snapshot(v1.apkg), await snapshot(v2.apkg)];

    expect([...b.notes.keys()]).toEqual([...a.notes.keys()]);
    expect(b.cards).toEqual(a.cards);
    expect(b.models).toEqual(a.models); // same ids, fields, templates, CSS and mod: Anki keeps using the learner's note types

    const raised = [...b.notes].filter(([guid, n]) => n.mod > a.notes.get(guid)!.mod).map(([guid]) => guid);
    const changed = [...b.notes].filter(([guid, n]) => n.flds !== a.notes.get(guid)!.flds || n.tags !== a.notes.get(guid)!.tags).map(([guid]) => guid);
    expect(raised).toEqual(changed);
    expect(raised).toHaveLength(2);
    const texts = raised.map((g) => b.notes.get(g)!.flds);
    expect(texts.some((t) => t.includes('(संशोधित)'))).toBe(true);
    expect(texts.some((t) => t.includes('यह वाक्य बदला गया है।'))).toBe(true);
    for (const guid of raised) expect(b.notes.get(guid)!.mod).toBe(Date.parse(edited.meta.modified) / 1000);
    for (const [guid, n] of b.notes) if (!raised.includes(guid)) expect(n.mod).toBe(a.notes.get(guid)!.mod);
  });

  it('gives the same package for the same Book and ledger (the ledger of an unchanged build is a fixed point)', async () => {
    const again = await build(book, pageMap, { ledger: v1.ledger });
    expect(Buffer.from(again.apkg).equals(Buffer.from(v1.apkg))).toBe(true);
    expect(again.ledger).toEqual(v1.ledger);
  });
});
