import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { strToU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateApkg } from '@book/build-anki';
import { fixtureBook, fixturePageMap } from '../fixtures/book.js';
import type { PageMap } from '@book/build-anki';
import { build, controlsDir, mutateApkg } from './helpers.js';
import { hasPath } from '../helpers/tools.js';

const hasControls = hasPath(controlsDir, 'real Anki exports; CI provides ../shared/anki-controls beside the clone');

describe.skipIf(!hasControls)('the validator accepts real Anki exports', () => {
  const files = hasControls ? readdirSync(controlsDir).filter((f) => f.endsWith('.apkg')).sort() : [];
  it('finds the controls', () => expect(files.length).toBeGreaterThan(0));
  it.each(files)('%s', async (file) => {
    const { problems, opened } = await validateApkg(new Uint8Array(readFileSync(`${controlsDir}/${file}`)), { strict: false });
    expect(problems).toEqual([]);
    expect(opened.db?.rows.col?.length).toBe(1);
  });
});

describe('the validator rejects packages that break one rule', () => {
  let good: Uint8Array;
  let noteId: number;
  let factNoteId: number;
  let clozeModelId: string;
  let termModelId: string;
  let rootDeckId: string;

  beforeAll(async () => {
    good = (await build(fixtureBook, fixturePageMap as PageMap)).apkg;
    const { opened } = await validateApkg(good);
    const models = JSON.parse(String(opened.db!.rows.col![0]!.models)) as Record<string, { name: string }>;
    clozeModelId = Object.keys(models).find((k) => models[k]!.name.startsWith('Cloze'))!;
    termModelId = Object.keys(models).find((k) => models[k]!.name.startsWith('Term'))!;
    // A Term note (two templates), so changes to its cards' ords have a meaning.
    noteId = Number(opened.db!.rows.notes!.find((n) => String(n.mid) === termModelId)!.id);
    const factModelId = Object.keys(models).find((k) => models[k]!.name.startsWith('Fact'))!;
    factNoteId = Number(opened.db!.rows.notes!.find((n) => String(n.mid) === factModelId)!.id);
    const decks = JSON.parse(String(opened.db!.rows.col![0]!.decks)) as Record<string, { name: string }>;
    rootDeckId = Object.keys(decks).find((k) => decks[k]!.name === fixtureBook.meta.title)!;
  });

  it('accepts the unbroken fixture package', async () => {
    expect((await validateApkg(good)).problems).toEqual([]);
  });

  const cases: [string, () => Parameters<typeof mutateApkg>[1]][] = [
    ['zip.collection', () => ({ entries: (e) => delete e['collection.anki2'] })],
    ['zip.meta', () => ({ entries: (e) => void (e.meta = new Uint8Array([8, 1])) })],
    ['zip.media-map', () => ({ entries: (e) => delete e.media })],
    ['zip.entries', () => ({ entries: (e) => delete e['0'] })],
    ['media.name', () => ({ entries: (e) => void (e.media = strToU8(JSON.stringify({ 0: 'fonts/_x.ttf' }))) })],
    ['media.name', () => ({ entries: (e) => void (e.media = strToU8(JSON.stringify({ 0: `_${'क'.repeat(40)}.ttf` }))) })],
    ['media.name', () => ({ entries: (e) => void (e.media = strToU8(JSON.stringify({ 0: '_\u0958.ttf' }))) })],
    ['media.unique', () => ({ entries: (e) => { e['1'] = e['0']!; e.media = strToU8(JSON.stringify({ 0: '_a.ttf', 1: '_a.ttf' })); } })],
    ['media.unused', () => ({ entries: (e) => void (e.media = strToU8(JSON.stringify({ 0: 'NotoSansDevanagari.ttf' }))) })],
    ['db.tables', () => ({ sql: ['DROP TABLE graves'] })],
    ['db.indexes', () => ({ sql: ['DROP INDEX ix_notes_csum'] })],
    ['col.row', () => ({ sql: ['DELETE FROM col'] })],
    ['col.ver', () => ({ sql: ['UPDATE col SET ver = 18'] })],
    ['db.integer', () => ({ sql: [`UPDATE cards SET due = '1.5' WHERE nid = ${noteId}`] })],
    ['db.integer', () => ({ sql: [`UPDATE notes SET mod = 1780000000.5 WHERE id = ${noteId}`] })],
    ['cards.type', () => ({ sql: ['UPDATE cards SET type = 4'] })],
    ['cards.queue', () => ({ sql: ['UPDATE cards SET queue = 5'] })],
    ['models.key', () => ({ json: { column: 'models', edit: (m) => void (m[termModelId].id = 1600000000000) } })],
    ['models.keys', () => ({ json: { column: 'models', edit: (m) => delete m[termModelId].css } })],
    ['models.keys', () => ({ json: { column: 'models', edit: (m) => delete m[termModelId].req } })],
    ['models.keys', () => ({ json: { column: 'models', edit: (m) => delete m[termModelId].flds[0].sticky } })],
    ['models.keys', () => ({ json: { column: 'models', edit: (m) => delete m[termModelId].tmpls[1].afmt } })],
    ['models.fields', () => ({ json: { column: 'models', edit: (m) => void (m[termModelId].flds = []) } })],
    ['models.templates', () => ({ json: { column: 'models', edit: (m) => void (m[termModelId].tmpls = []) } })],
    ['models.field-name', () => ({ json: { column: 'models', edit: (m) => void (m[termModelId].flds[1].name = 'Eng:lish') } })],
    ['models.field-name', () => ({ json: { column: 'models', edit: (m) => void (m[termModelId].flds[1].name = '#English') } })],
    ['models.duplicate-name', () => ({ json: { column: 'models', edit: (m) => void (m[termModelId].flds[1].name = 'Hindi') } })],
    ['models.duplicate-name', () => ({ json: { column: 'models', edit: (m) => void (m[termModelId].tmpls[1].name = m[termModelId].tmpls[0].name) } })],
    ['models.duplicate-name', () => ({ json: { column: 'models', edit: (m) => void (m[clozeModelId].name = m[termModelId].name) } })],
    ['decks.key', () => ({ json: { column: 'decks', edit: (d) => void (d[rootDeckId].id = 1600000000001) } })],
    ['decks.keys', () => ({ json: { column: 'decks', edit: (d) => delete d[rootDeckId].lrnToday } })],
    ['decks.parent', () => ({ json: { column: 'decks', edit: (d) => void (d[rootDeckId].name = 'renamed') } })],
    ['notes.field-count', () => ({ sql: [`UPDATE notes SET flds = flds || char(31) || 'x' WHERE id = ${noteId}`] })],
    ['notes.sfld', () => ({ sql: [`UPDATE notes SET sfld = 'x' WHERE id = ${noteId}`] })],
    ['notes.csum', () => ({ sql: [`UPDATE notes SET csum = csum + 1 WHERE id = ${noteId}`] })],
    ['notes.tags', () => ({ sql: [`UPDATE notes SET tags = 'kind::term gland::x' WHERE id = ${noteId}`] })],
    ['text.nfc', () => ({ sql: [`UPDATE notes SET flds = char(2392) || flds WHERE id = ${noteId}`] })],
    ['text.nfc', () => ({ json: { column: 'models', edit: (m) => void (m[termModelId].tmpls[0].name = '\u095c') } })],
    ['notes.guid', () => ({ sql: [`UPDATE notes SET guid = (SELECT guid FROM notes WHERE id != ${noteId} LIMIT 1) WHERE id = ${noteId}`] })],
    ['notes.model', () => ({ sql: [`UPDATE notes SET mid = 1600000000002 WHERE id = ${noteId}`] })],
    ['notes.no-cards', () => ({ sql: [`DELETE FROM cards WHERE nid = ${noteId}`] })],
    ['cards.duplicate', () => ({ sql: [`INSERT INTO cards SELECT id + 1, nid, did, ord, mod, usn, type, queue, due, ivl, factor, reps, lapses, left, odue, odid, flags, data FROM cards WHERE nid = ${noteId} AND ord = 0`] })],
    ['cards.ord', () => ({ sql: [`UPDATE cards SET ord = 2 WHERE nid = ${noteId} AND ord = 1`] })],
    ['cards.cloze-ord', () => ({ sql: [`UPDATE cards SET ord = ord + 7 WHERE nid IN (SELECT id FROM notes WHERE mid = ${clozeModelId})`] })],
    // A Fact card's front shows only {{Question}}; csum is sha1("") so that only the empty front is wrong.
    ['cards.empty-front', () => ({ sql: [`UPDATE notes SET flds = char(31) || substr(flds, instr(flds, char(31)) + 1), sfld = '', csum = 3661210606 WHERE id = ${factNoteId}`] })],
    ['cards.deck', () => ({ sql: [`UPDATE cards SET did = 1600000000003 WHERE nid = ${noteId}`] })],
    ['ids.future', () => ({ sql: [`UPDATE notes SET id = 4102444800000 WHERE id = ${noteId}`, `UPDATE cards SET nid = 4102444800000 WHERE nid = ${noteId}`] })],
    ['ids.random', () => ({ sql: [`UPDATE cards SET id = 12345 WHERE nid = ${noteId} AND ord = 0`] })],
    ['mod.seconds', () => ({ sql: [`UPDATE notes SET mod = mod * 1000 WHERE id = ${noteId}`] })],
  ];

  it.each(cases.map(([rule, change], i) => [`${rule} #${i}`, rule, change] as const))('%s', async (_name, rule, change) => {
    const broken = await mutateApkg(good, change());
    const { problems } = await validateApkg(broken);
    expect(problems.map((p) => p.rule)).toContain(rule);
  });
});
