import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { writeAtomic } from '@book/model/io';
import { validateApkg } from '../validate/rules.js';
import { keepCollectionsIn, writeCollection, writeDatabase } from './collection.js';
import { writeApkg } from './package.js';
import { sqlite } from './sqlite.js';
import type { Collection } from './types.js';

const modified = Date.UTC(2026, 10, 28);

function tiny(): Collection {
  return {
    modified,
    noteTypes: [
      {
        id: 1_600_000_000_000,
        name: 'Basic (test)',
        kind: 'standard',
        mod: 1_700_000_000,
        fields: [{ name: 'Front' }, { name: 'Back' }],
        templates: [{ name: 'Card 1', qfmt: '{{Front}}', afmt: '{{FrontSide}}<hr id="answer">{{Back}}' }],
        css: '.card {}',
        sortField: 0,
        deckId: 1_600_000_000_001,
      },
    ],
    decks: [{ id: 1_600_000_000_001, name: 'परीक्षा', description: '', mod: 1_700_000_000 }],
    notes: [{ id: 1_600_000_000_002, guid: 'abc', noteTypeId: 1_600_000_000_000, mod: 1_700_000_000, tags: ['t'], fields: ['<b>ग्रंथि</b>', 'gland'] }],
    cards: [{ id: 1_600_000_000_003, noteId: 1_600_000_000_002, deckId: 1_600_000_000_001, ord: 0, mod: 1_700_000_000, due: 1 }],
    media: [{ name: '_font.ttf', bytes: new Uint8Array([0, 1, 0, 0]) }],
  };
}

describe('writeDatabase', () => {
  it('writes the same bytes whatever size the file it writes in starts at, and only the database\'s pages', async () => {
    const many: Collection = { ...tiny(), notes: [], cards: [] };
    for (let i = 0; i < 300; i++) {
      const noteId = 1_600_000_001_000 + i;
      many.notes.push({ id: noteId, guid: `g${i}`, noteTypeId: 1_600_000_000_000, mod: 1_700_000_000, tags: ['t'], fields: [`<b>ग्रंथि ${i}</b>`.repeat(20), 'gland'] });
      many.cards.push({ id: 1_600_000_002_000 + i, noteId, deckId: 1_600_000_000_001, ord: 0, mod: 1_700_000_000, due: i + 1 });
    }
    const grown = Buffer.from(await writeDatabase(many, 0)); // starts at the schema's pages and grows
    expect(Buffer.from(await writeDatabase(many)).equals(grown)).toBe(true);
    expect(Buffer.from(await writeDatabase(many, 64 << 20)).equals(grown)).toBe(true);
    const pageSize = grown.readUInt16BE(16);
    expect(grown.length).toBe(grown.readUInt32BE(28) * pageSize); // the header's page count: no padding left over
    expect(grown.length).toBeGreaterThan(300 * 20 * 20);
  });

  it('stores flds and sfld as text (they are bound as UTF-8 bytes), an empty sort field too', async () => {
    const collection = tiny();
    collection.notes.push({ ...collection.notes[0]!, id: 1_600_000_000_010, guid: 'empty', fields: ['', '\u{1F600} x'] });
    const SQL = await sqlite();
    const db = new SQL.Database(await writeDatabase(collection));
    try {
      const rows = db.exec('SELECT typeof(flds), typeof(sfld), flds, sfld FROM notes ORDER BY id')[0]!.values;
      expect(rows).toEqual([
        ['text', 'text', '<b>ग्रंथि</b>\x1fgland', 'ग्रंथि'],
        ['text', 'text', '\x1f\u{1F600} x', ''],
      ]);
    } finally {
      db.close();
    }
  });
});

describe('writeApkg', () => {
  it('writes a package the validator accepts, with entries collection.anki2, 0, media and no meta', async () => {
    const apkg = await writeApkg(tiny());
    expect(Object.keys(unzipSync(apkg)).sort()).toEqual(['0', 'collection.anki2', 'media']);
    const { problems, opened } = await validateApkg(apkg);
    expect(problems).toEqual([]);
    const note = opened.db!.rows.notes![0]!;
    expect(note.sfld).toBe('ग्रंथि');
    expect(note.tags).toBe(' t ');
  });

  it('gives the same bytes in every time zone', async () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      const utc = await writeApkg(tiny());
      process.env.TZ = 'Asia/Kolkata';
      const ist = await writeApkg(tiny());
      expect(Buffer.from(ist).equals(Buffer.from(utc))).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('writes each package from its own collection when one is written after another (the last database is kept)', async () => {
    const first = tiny();
    const second = tiny();
    second.notes[0]!.fields = ['<b>अग्न्याशय</b>', 'pancreas'];
    for (const [collection, front] of [[first, 'ग्रंथि'], [second, 'अग्न्याशय'], [first, 'ग्रंथि']] as const) {
      const { opened } = await validateApkg(await writeApkg(collection));
      expect(opened.db!.rows.notes![0]!.sfld).toBe(front);
    }
  });

  it('refuses notes that do not fit their note type, and bad or repeated media names', async () => {
    const wrongCount = tiny();
    wrongCount.notes[0]!.fields.push('extra');
    await expect(writeApkg(wrongCount)).rejects.toThrow(/has 3 fields, note type Basic \(test\) has 2/);
    const badName = tiny();
    badName.media[0]!.name = 'fonts/x.ttf';
    await expect(writeApkg(badName)).rejects.toThrow(TypeError);
    const twice = tiny();
    twice.media.push({ ...twice.media[0]! });
    await expect(writeApkg(twice)).rejects.toThrow(/used twice/);
  });
});

describe('collections kept on disk between builds', () => {
  /** One build process with the collections kept in `dir` (undefined: nothing kept), as the command runs it. */
  async function build(dir: string | undefined, collection: Collection): Promise<Buffer> {
    const save = keepCollectionsIn(dir, writeAtomic);
    const bytes = Buffer.from(await writeCollection(collection));
    expect(save()).toBeUndefined();
    return bytes;
  }
  const cold = (collection: Collection) => build(undefined, collection);
  const temporary = () => mkdtempSync(join(tmpdir(), 'collections-'));
  const kept = (dir: string) => readdirSync(dir).filter((name) => name.startsWith('collection-')).map((name) => join(dir, name));
  const other = (): Collection => {
    const collection = tiny();
    collection.notes[0]!.fields = ['<b>अग्न्याशय</b>', 'pancreas'];
    return collection;
  };

  afterEach(() => {
    keepCollectionsIn(undefined);
  });

  it('keeps one file per collection, and the next process reads it instead of running SQLite', async () => {
    const dir = temporary();
    const first = await build(dir, tiny());
    expect(first.equals(await cold(tiny()))).toBe(true);
    expect(kept(dir)).toHaveLength(1);
    // Plant other (well-formed) bytes under the kept name: a process that reads the file gives them back.
    const [path] = kept(dir);
    const planted = Buffer.from('planted');
    writeFileSync(path!, Buffer.concat([planted, createHash('sha256').update(planted).digest()]));
    expect((await build(dir, tiny())).equals(planted)).toBe(true);
  });

  it('a collection that differs from a kept one in any note is written, not given the kept bytes', async () => {
    const dir = temporary();
    await build(dir, tiny());
    expect((await build(dir, other())).equals(await cold(other()))).toBe(true);
    const later = tiny();
    later.modified += 1000;
    expect((await build(dir, later)).equals(await cold(later))).toBe(true);
    expect(kept(dir)).toHaveLength(3);
  });

  it('a truncated or corrupt file counts as missing', async () => {
    const dir = temporary();
    const first = await build(dir, tiny());
    const [path] = kept(dir);
    const bytes = readFileSync(path!);
    bytes[100] = bytes[100]! ^ 0xff;
    writeFileSync(path!, bytes);
    expect((await build(dir, tiny())).equals(first)).toBe(true);
    writeFileSync(path!, bytes.subarray(0, 10));
    expect((await build(dir, tiny())).equals(first)).toBe(true);
  });
});
