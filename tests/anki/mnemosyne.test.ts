import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasPath, hasTool } from '../helpers/tools.js';
import { build, expectedCounts, loadBook } from './helpers.js';

// Mnemosyne (Debian package mnemosyne) imports .apkg files with its own reader, written apart from Anki's: a
// second program our learners could use, and a check that the package is not only right for Anki.
const PYTHON = '/usr/bin/python3';
const script = join(import.meta.dirname, 'mnemosyne', 'import-apkg.py');
const installed = hasTool(PYTHON, 'python3') && hasPath('/usr/lib/python3/dist-packages/mnemosyne', 'Mnemosyne: apt-get install mnemosyne');

interface Imported {
  cards: number;
  facts: number;
  messages: { kind: string; text: string }[];
  values: string[];
}

describe.skipIf(!installed)('Mnemosyne importing the deck', () => {
  it('makes every note a fact and every card a card, with the Hindi as the deck wrote it, and shows no error', async () => {
    const { book, pageMap } = loadBook();
    const { apkg } = await build(book, pageMap);
    const work = mkdtempSync(join(tmpdir(), 'mnemosyne-'));
    const path = join(work, 'deck.apkg');
    writeFileSync(path, apkg);
    const output = execFileSync(PYTHON, [script, path, join(work, 'data')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000 });
    const imported = JSON.parse(output.trim().split('\n').at(-1)!) as Imported;

    const expected = expectedCounts(book);
    const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
    expect(imported.messages.filter((m) => m.kind === 'error')).toEqual([]);
    expect(imported.facts).toBe(sum(expected.notes));
    expect(imported.cards).toBe(sum(expected.cards));
    // Every gland's Hindi name reaches Mnemosyne's fields unchanged (NFC, no entity or encoding damage).
    const text = imported.values.join('\n');
    for (const gland of book.chapters.flatMap((c) => c.glands)) expect(text, gland.id).toContain(gland.name.hi);
  }, 300_000);
});
