import { existsSync, readFileSync } from 'node:fs';
import * as hb from 'harfbuzzjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasPath } from '../helpers/tools.js';
import type { Book } from '@book/model';
import { fontBytes } from '@book/fonts';
import { parseLedger, validateApkg, type OpenedApkg, type PageMap } from '@book/build-anki';
import { decodeEntities } from '../../packages/build-anki/src/apkg/text.js';
import { build, clozeCards, distApkgPath, distPageMapPath, expectedCounts, ledgerPath, loadBook } from './helpers.js';

let book: Book;
let pageMap: PageMap;
let apkg: Uint8Array;
let opened: OpenedApkg;
let models: Record<string, { name: string; css: string; flds: { name: string }[] }>;
let decks: Record<string, { id: number; name: string }>;
const notes = () => opened.db!.rows.notes!;
const cards = () => opened.db!.rows.cards!;

beforeAll(async () => {
  ({ book, pageMap } = loadBook());
  apkg = (await build(book, pageMap)).apkg;
  const result = await validateApkg(apkg);
  expect(result.problems).toEqual([]);
  opened = result.opened;
  models = JSON.parse(String(opened.db!.rows.col![0]!.models));
  decks = JSON.parse(String(opened.db!.rows.col![0]!.decks));
});

describe('the Anki package of the Book', () => {
  it('passes every importer rule of the validator', async () => {
    expect((await validateApkg(apkg)).problems).toEqual([]);
  });

  it('holds the notes and cards the model calls for, per note type', () => {
    const expected = expectedCounts(book);
    const kindOf = (mid: unknown) => models[String(mid)]!.name.split(' ')[0]!.toLowerCase();
    const count = (rows: Record<string, unknown>[], mid: (r: Record<string, unknown>) => unknown) => {
      const out: Record<string, number> = { term: 0, fact: 0, cloze: 0, occlusion: 0 };
      for (const r of rows) out[kindOf(mid(r))]! += 1;
      return out;
    };
    const midOf = new Map(notes().map((n) => [Number(n.id), n.mid]));
    const counts = { notes: count(notes(), (n) => n.mid), cards: count(cards(), (c) => midOf.get(Number(c.nid))) };
    console.log(`anki counts: ${JSON.stringify(counts)}, decks ${Object.keys(decks).length - 1}`);
    expect(counts).toEqual(expected);
  });

  it('has a root deck named after the book, one subdeck per chapter, and no card in the Default deck', () => {
    const names = Object.values(decks).filter((d) => d.id !== 1).map((d) => d.name);
    expect(names[0]).toBe(book.meta.title);
    expect(names.slice(1).map((n) => n.split('::')[0])).toEqual(book.chapters.map(() => book.meta.title));
    expect(names.slice(1).map((n) => n.split('::')[1]!.replace(/^\d+ /, ''))).toEqual(book.chapters.map((c) => c.title));
    expect(cards().filter((c) => c.did === 1)).toEqual([]);
    expect(new Set(cards().map((c) => c.did)).size).toBeGreaterThan(1);
  });

  it('names chapter and booklet page in every Source field', () => {
    for (const n of notes()) {
      const model = models[String(n.mid)]!;
      const source = String(n.flds).split('\x1f')[model.flds.findIndex((f) => f.name === 'Source')]!;
      expect(source).toMatch(new RegExp(`^${book.meta.ui.source}: ${book.meta.ui.chapter} \\d+: .+ · ${book.meta.ui.page} \\d+(, \\d+)*$`));
      for (const page of source.split(` ${book.meta.ui.page} `).pop()!.split(', ').map(Number)) expect(page).toBeLessThanOrEqual(pageMap.pageCount);
    }
  });

  it('labels the sentences editors added, and carries the correction on a source sentence an editorial block corrects', () => {
    const carded = clozeCards(book);
    const editorial = book.chapters.flatMap((c) =>
      c.blocks.flatMap((b) => (b.type === 'paragraph' && b.editorial ? b.sentences.filter((s) => carded.has(s.id)) : [])),
    );
    const corrected = new Set(
      book.chapters.flatMap((c) => c.blocks.flatMap((b) => ((b.type === 'paragraph' || b.type === 'list') && b.corrects ? b.corrects : []))),
    );
    const clozeMid = Object.keys(models).find((k) => models[k]!.name.startsWith('Cloze'));
    const editorialFields = notes()
      .filter((n) => String(n.mid) === clozeMid)
      .map((n) => String(n.flds).split('\x1f')[1]!);
    expect(editorialFields.filter((f) => f === book.meta.ui.editorial).length).toBe(editorial.length);
    const withCorrection = editorialFields.filter((f) => f.startsWith(`<span class="label">${book.meta.ui.editorial}: </span>`));
    expect(withCorrection.length).toBe([...corrected].filter((id) => carded.has(id)).length);
    expect(withCorrection.length).toBeGreaterThan(0);
  });

  it('is byte-identical when built again from the same Book', async () => {
    expect(Buffer.from((await build(book, pageMap)).apkg).equals(Buffer.from(apkg))).toBe(true);
  });

  it('ships the fonts as _NotoSansDevanagari.ttf (+ bold) and loads them from every note type CSS', () => {
    const map = JSON.parse(Buffer.from(opened.entries.media!).toString()) as Record<string, string>;
    expect(Object.values(map)).toEqual(['_NotoSansDevanagari.ttf', '_NotoSansDevanagari-Bold.ttf']);
    for (const m of Object.values(models)) {
      expect(m.css).toMatch(/@font-face\s*\{[^}]*font-weight: 400;[^}]*url\("_NotoSansDevanagari\.ttf"\)/);
      expect(m.css).toMatch(/@font-face\s*\{[^}]*font-weight: 700;[^}]*url\("_NotoSansDevanagari-Bold\.ttf"\)/);
    }
  });

  it.each([
    ['_NotoSansDevanagari.ttf', 'regular'],
    ['_NotoSansDevanagari-Bold.ttf', 'bold'],
  ] as const)('the subset %s shapes every word of every field exactly like the full font (conjuncts included)', (name, weight) => {
    const map = JSON.parse(Buffer.from(opened.entries.media!).toString()) as Record<string, string>;
    const key = Object.keys(map).find((k) => map[k] === name)!;
    const shaper = (bytes: Uint8Array) => {
      const font = new hb.Font(new hb.Face(new hb.Blob(bytes)));
      return (text: string) => {
        const buffer = new hb.Buffer();
        buffer.addText(text);
        buffer.guessSegmentProperties();
        hb.shape(font, buffer);
        const pos = buffer.getGlyphPositions();
        return buffer.getGlyphInfos().map((g, i) => ({ notdef: g.codepoint === 0, cluster: g.cluster, ...pos[i] }));
      };
    };
    const subset = shaper(opened.entries[key]!);
    const full = shaper(fontBytes(weight));
    const words = new Set<string>();
    for (const n of notes()) {
      const text = decodeEntities(String(n.flds).replace(/<[^>]*>/g, ' ').replace(/\{\{c\d+::|\}\}|\x1f/g, ' '));
      for (const w of text.split(/\s+/)) if (w) words.add(w);
    }
    expect(words.size).toBeGreaterThan(20);
    const wrong = [...words].filter((w) => {
      const a = subset(w);
      return a.some((g) => g.notdef) || JSON.stringify(a) !== JSON.stringify(full(w));
    });
    expect(wrong).toEqual([]);
  });

  it('keeps every id in the past of book.meta.modified and every note mod at it (no ledger yet)', () => {
    const modified = Date.parse(book.meta.modified);
    for (const n of notes()) expect(n.mod).toBe(Math.floor(modified / 1000));
    for (const id of [...notes().map((n) => n.id), ...cards().map((c) => c.id), ...Object.keys(models).map(Number)]) {
      expect(Number(id)).toBeLessThanOrEqual(modified);
    }
  });
});

describe.skipIf(!hasPath(distApkgPath, 'built by npm run build') || !hasPath(distPageMapPath, 'built by npm run build'))('dist/endocrine-system.apkg from npm run build', () => {
  it('passes the validator and equals an in-memory build of the same inputs (Book, page map, committed ledger)', async () => {
    const built = new Uint8Array(readFileSync(distApkgPath));
    expect((await validateApkg(built)).problems).toEqual([]);
    const ledger = parseLedger(JSON.parse(readFileSync(ledgerPath, 'utf8')));
    const expected = Object.keys(ledger.notes).length === 0 ? apkg : (await build(book, pageMap, { ledger })).apkg;
    expect(Buffer.from(built).equals(Buffer.from(expected)), 'dist/endocrine-system.apkg is stale or not reproducible: run npm run build').toBe(true);
  });
});
