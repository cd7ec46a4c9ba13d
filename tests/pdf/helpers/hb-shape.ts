import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Book, Run } from '@book/model';
import { shape } from '@book/build-pdf';
import { fontPaths, type FontWeight } from '@book/fonts';

export interface Glyph {
  gid: number;
  cluster: number;
  dx: number;
  dy: number;
  ax: number;
}

/** Shapes each word (one per line) with the hb-shape command line tool, as the reference. */
export function hbShape(weight: FontWeight, words: string[]): Glyph[][] {
  const file = join(mkdtempSync(join(tmpdir(), 'hb-shape-')), 'words.txt');
  writeFileSync(file, `${words.join('\n')}\n`);
  const out = execFileSync('hb-shape', ['--no-glyph-names', fontPaths[weight], `--text-file=${file}`], {
    encoding: 'utf8',
    maxBuffer: 256 << 20,
    env: { ...process.env, LANG: 'C', LC_ALL: 'C' },
  });
  return out
    .trimEnd()
    .split('\n')
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((item) => {
          const m = /^(\d+)=(\d+)(?:@(-?\d+),(-?\d+))?\+(-?\d+)$/.exec(item);
          if (!m) throw new Error(`unexpected hb-shape output: ${item}`);
          return { gid: +m[1]!, cluster: +m[2]!, dx: +(m[3] ?? 0), dy: +(m[4] ?? 0), ax: +m[5]! };
        }),
    );
}

/** The builder's own shaping of a word, in hb-shape's terms. */
export function ourShape(weight: FontWeight, word: string): Glyph[] {
  return shape(weight, word).map((g) => ({ gid: g.gid, cluster: g.cluster, dx: g.xOffset, dy: g.yOffset, ax: g.xAdvance }));
}

/** Share of words whose glyph ids, clusters, offsets and advances all equal hb-shape's, and the differing words. */
export function compareShaping(weight: FontWeight, words: string[]): { ratio: number; differing: string[] } {
  const reference = hbShape(weight, words);
  if (reference.length !== words.length) throw new Error(`hb-shape returned ${reference.length} lines for ${words.length} words`);
  const differing = words.filter((w, i) => JSON.stringify(ourShape(weight, w)) !== JSON.stringify(reference[i]));
  return { ratio: words.length ? (words.length - differing.length) / words.length : 1, differing };
}

const runsText = (runs: readonly Run[]): string => runs.map((r) => r.text).join('');

/** Every distinct word the PDF prints: prose, tables, gland facts, glossary, metadata and UI words. */
export function bookWords(book: Book): string[] {
  const texts: string[] = [book.meta.title, book.meta.subtitle ?? '', book.meta.titleEn, book.meta.author, book.meta.publisher, book.meta.license, book.meta.source?.title ?? '', ...Object.values(book.meta.ui)];
  for (const chapter of book.chapters) {
    texts.push(chapter.title, chapter.titleEn);
    for (const b of chapter.blocks) {
      if (b.type === 'heading') texts.push(runsText(b.runs));
      else if (b.type === 'paragraph') texts.push(...b.sentences.map((s) => runsText(s.runs)));
      else if (b.type === 'list') texts.push(...b.items.map((i) => runsText(i.runs)));
      else if (b.type === 'figure') texts.push(b.caption, ...b.labels.map((l) => l.text));
      else texts.push(...b.header.map(runsText), ...b.rows.flat().map(runsText));
    }
    for (const g of chapter.glands) {
      texts.push(g.name.hi, g.name.en, g.location.hi, g.location.en ?? '');
      for (const p of g.parts ?? []) texts.push(p.name.hi, p.name.en);
      for (const h of g.hormones ?? []) texts.push(h.name.hi, h.name.en, h.abbr ?? '', h.effect.hi, h.effect.en ?? '');
      for (const d of g.disorders ?? []) texts.push(d.name.hi, d.name.en, d.cause?.hi ?? '', d.cause?.en ?? '', ...(d.signs ?? []).map((sign) => sign.hi));
    }
  }
  for (const e of book.glossary) texts.push(e.name.hi, e.name.en);
  return [...new Set(texts.flatMap((t) => t.split(/\s+/u)).filter(Boolean))].sort();
}

/** Words of the Debian hunspell-hi dictionary (flags stripped). */
export function hunspellWords(path = '/usr/share/hunspell/hi_IN.dic'): string[] {
  const lines = readFileSync(path, 'utf8').split('\n').slice(1);
  return [...new Set(lines.map((l) => l.split('/')[0]!.trim()).filter(Boolean))];
}
