import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { validateApkg } from '../validate/rules.js';
import { writeApkg } from './package.js';
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
