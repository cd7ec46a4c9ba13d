import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { loadBook, type Book } from '@book/model';
import { buildAnki } from '@book/build-anki';
import { decodeEntities, stripHtml } from '../../packages/build-anki/src/apkg/text.js';
import { syntheticPageMap } from '../fixtures/page-map.js';

// Anki's own markup written in content reaches the deck as text: Anki must neither play, speak, typeset it nor
// read a cloze or a field boundary in it. Checked in the fields of a package built from content, as Anki reads them.
const valid = join(import.meta.dirname, '..', 'fixtures', 'valid');
const MARKUP = String.raw`[sound:x.mp3] [anki:tts lang=hi_IN]नमस्ते[/anki:tts] [$]x^2[/$] [$$]y[/$$] [latex]z[/latex] \(a\) \[b\]`;
// In Markdown a backslash before ( or [ escapes it: the author writes two for one.
const MARKDOWN = MARKUP.replaceAll('\\', '\\\\');

/** What Anki's Rust side looks for in a field's HTML (av tags, LaTeX), as in rslib's regexes. */
const ANKI_TAGS = [/\[sound:[^\]]+\]/, /\[anki:tts[^\]]*\]/, /\[\/anki:tts\]/, /\[\$\$?\]/, /\[\/\$\$?\]/, /\[\/?latex\]/];
/** The text MathJax searches for \( \) \[ \]: the field's text, split at elements it ignores. */
function mathJaxStrings(field: string): string[] {
  return field.split(/<span class="[^"]*\b(?:tex2jax_ignore|mathjax_ignore)\b[^"]*">.*?<\/span>/).map((part) => decodeEntities(stripHtml(part)));
}

async function fields(book: Book): Promise<string[]> {
  const { apkg } = await buildAnki(book, syntheticPageMap(book));
  const SQL = await initSqlJs();
  const db = new SQL.Database(unzipSync(apkg)['collection.anki2']);
  const rows = db.exec('SELECT flds FROM notes')[0]!.values.map(([flds]) => String(flds));
  db.close();
  return rows.flatMap((flds) => flds.split('\x1f'));
}

describe("Anki's markup in content", () => {
  it('reaches the fields as text Anki shows: no sound, TTS, LaTeX or MathJax, and the cloze still works', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-anki-'));
    cpSync(valid, dir, { recursive: true });
    const path = join(dir, 'thyroid.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('नामक हारमोन (T4) बनता है।', () => `नामक हारमोन (T4) बनता है ${MARKDOWN}।`));
    const { book, files } = loadBook(dir);
    expect(book, files.flatMap((f) => f.messages.map(String)).join('\n')).toBeDefined();
    const withMarkup = (await fields(book!)).filter((field) => decodeEntities(stripHtml(field)).includes('नमस्ते'));
    expect(withMarkup.length).toBeGreaterThan(0);
    for (const field of withMarkup) {
      for (const tag of ANKI_TAGS) expect(field, `${tag} in ${field}`).not.toMatch(tag);
      for (const text of mathJaxStrings(field)) expect(text, field).not.toMatch(/\\[()[\]]/);
      expect(decodeEntities(stripHtml(field))).toContain(MARKUP); // shown exactly as written
    }
    expect(withMarkup.some((field) => /\{\{c1::/.test(field))).toBe(true);
  });

  it.each([
    ['the field separator U+001F', 'a\x1fb', /U\+001F/],
    ['a private-use character (our cloze marker)', 'a\uE0001\uE000b\uE001', /U\+E000/],
  ])('%s in a hand-made Book never reaches a field: the build fails naming it', async (_, text, error) => {
    const { book } = loadBook(valid);
    const broken = structuredClone(book!);
    const paragraph = broken.chapters[1]!.blocks.find((b) => b.type === 'paragraph')!;
    if (paragraph.type !== 'paragraph') throw new TypeError('fixture: thyroid.md has a paragraph');
    paragraph.sentences[0]!.runs.push({ text });
    await expect(buildAnki(broken, syntheticPageMap(broken))).rejects.toThrow(error);
  });
});
