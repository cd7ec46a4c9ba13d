// The same chapters as Typst takes them: one .typ file written from the Book JSON (pandoc 2.17 here has no Typst
// writer), outside the timing, with the page, font and size Chromium gets from print.css (A5, 15 mm margins,
// Noto Sans Devanagari 11 pt, each chapter on a new page). Text goes in as Typst strings, so nothing in it is markup.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fontPaths } from '@book/fonts';

const str = (text) => JSON.stringify(text);
const runs = (list) =>
  list.map((r) => (r.strong ? `#strong(${str(r.text)})` : r.emphasis ? `#emph(${str(r.text)})` : `#${str(r.text)}`)).join('');

function block(b) {
  switch (b.type) {
    case 'heading':
      return `${'='.repeat(Math.min(b.depth, 6))} ${runs(b.runs)}`;
    case 'paragraph':
      return b.sentences.map((s) => runs(s.runs)).join('#" "');
    case 'list':
      return b.items.map((item) => `- ${runs(item.runs)}`).join('\n');
    case 'table': {
      const cells = [b.header, ...b.rows].flat().map((cell) => `[${runs(cell)}]`);
      return `#table(columns: ${b.header.length}, ${cells.join(', ')})`;
    }
    case 'figure':
      return b.caption ? `#emph(${str(b.caption)})` : '';
    default:
      return '';
  }
}

/** Writes <outDir>/book.typ for the Book and returns { main, fontDirs }. */
export function typstInputs(book, outDir) {
  mkdirSync(outDir, { recursive: true });
  const lines = [
    '#set page(paper: "a5", margin: 15mm)',
    `#set text(font: "Noto Sans Devanagari", size: 11pt, lang: "hi")`,
    '#set par(leading: 0.75em)',
    '#show heading.where(level: 1): it => { pagebreak(weak: true); it }',
    `#set document(title: ${str(book.meta.title ?? book.meta.id)})`,
  ];
  for (const chapter of book.chapters) {
    lines.push('', `= #${str(chapter.title)}`);
    for (const b of chapter.blocks) lines.push('', block(b));
  }
  const main = join(outDir, 'book.typ');
  writeFileSync(main, `${lines.join('\n')}\n`);
  return { main, fontDirs: [...new Set([dirname(fontPaths.regular), dirname(fontPaths.bold)])] };
}
