import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { previewPage, validateApkg, type OpenedApkg } from '@book/build-anki';
import { hasTool } from '../helpers/tools.js';
import { build, loadBook } from './helpers.js';

const chromium = hasTool('chromium', 'chromium');

function chromiumArgs(dir: string): string[] {
  return [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--no-first-run', '--disable-sync', `--user-data-dir=${mkdtempSync(join(dir, 'profile-'))}`, '--virtual-time-budget=5000',
  ];
}

/** A few telling cards: a Term both ways, a Fact with a disorder list, a Cloze with several deletions, an editorial Cloze. */
function pickCards(opened: OpenedApkg) {
  const db = opened.db!;
  const models = JSON.parse(String(db.rows.col![0]!.models)) as Record<string, { name: string }>;
  const midOf = (prefix: string) => Object.keys(models).find((k) => models[k]!.name.startsWith(prefix));
  const notes = db.rows.notes!;
  const term = notes.find((n) => String(n.mid) === midOf('Term') && String(n.flds).includes('\x1f\x1f') === false)!;
  const fact = notes.find((n) => String(n.mid) === midOf('Fact') && String(n.flds).includes('<li>'))!;
  const clozes = notes.filter((n) => String(n.mid) === midOf('Cloze'));
  const many = clozes.reduce((a, n) => ((String(n.flds).match(/\{\{c/g) ?? []).length > (String(a.flds).match(/\{\{c/g) ?? []).length ? n : a));
  const editorial = clozes.find((n) => String(n.flds).split('\x1f')[1] !== '') ?? clozes[0]!;
  return [
    { noteId: Number(term.id), ord: 0 },
    { noteId: Number(term.id), ord: 1 },
    { noteId: Number(fact.id), ord: 0 },
    { noteId: Number(many.id), ord: 1 },
    { noteId: Number(editorial.id), ord: 0 },
  ];
}

describe.skipIf(!chromium)('card preview in Chromium', () => {
  let dir: string;
  let opened: OpenedApkg;

  beforeAll(async () => {
    const { book, pageMap } = loadBook();
    ({ opened } = await validateApkg((await build(book, pageMap)).apkg));
    dir = mkdtempSync(join(tmpdir(), 'anki-preview-'));
    const media = JSON.parse(Buffer.from(opened.entries.media!).toString()) as Record<string, string>;
    for (const [key, name] of Object.entries(media)) writeFileSync(join(dir, name), opened.entries[key]!);
    writeFileSync(join(dir, 'cards.html'), previewPage(opened, pickCards(opened)));
  });

  it('loads both embedded font faces (no system Devanagari font is installed)', () => {
    const dom = execFileSync('chromium', [...chromiumArgs(dir), '--dump-dom', `file://${join(dir, 'cards.html')}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const fonts = /data-fonts="([^"]*)"/.exec(dom)?.[1];
    expect(fonts?.split(';')).toEqual(['Book Noto Sans Devanagari=loaded', 'Book Noto Sans Devanagari=loaded']);
  });

  it('renders a screenshot (look at it: set ANKI_PREVIEW_PNG=path to keep a copy)', () => {
    const png = join(dir, 'cards.png');
    execFileSync('chromium', [...chromiumArgs(dir), `--screenshot=${png}`, '--window-size=1100,1500', `file://${join(dir, 'cards.html')}`], {
      stdio: 'ignore',
    });
    expect(statSync(png).size).toBeGreaterThan(10_000);
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
    if (process.env.ANKI_PREVIEW_PNG) copyFileSync(png, process.env.ANKI_PREVIEW_PNG);
  });
});
