import type { FontWeight } from '@book/fonts';
import { clusters, unitsPerEm, type Cluster } from '../shaping/shaper.js';

/** A styled piece of text inside one word (a word may switch weight midway, e.g. a bold stem + plain suffix). */
export interface Piece {
  weight: FontWeight;
  clusters: Cluster[];
  /** Advance in points at the piece's size. */
  width: number;
  size: number;
  link?: string;
}

/** A word: what stands between two spaces. Never broken across lines. */
export interface Word {
  pieces: Piece[];
  width: number;
  text: string;
}

export interface StyledText {
  text: string;
  weight: FontWeight;
  link?: string;
}

/** Width in points of `text` set in `weight` at `size`. */
export function measure(weight: FontWeight, size: number, text: string): number {
  return clusters(weight, text).reduce((s, c) => s + c.advance, 0) * (size / unitsPerEm(weight));
}

export function spaceWidth(weight: FontWeight, size: number): number {
  return measure(weight, size, ' ');
}

/**
 * Whitespace a line may break at: every white space except the no-break ones (U+00A0 no-break space, U+2007
 * figure space, U+202F narrow no-break space), which bind a number to its unit (`१०\u00a0मि.ली.`) and so stay
 * inside a word.
 */
const BREAKABLE_SPACE = /([^\S\u00a0\u2007\u202f]+)/u;

/**
 * Splits styled runs into words at breakable whitespace (any run of it is one word gap). Adjacent parts of a word
 * in the same style are shaped together, so a run boundary inside a syllable cannot break a conjunct.
 */
export function toWords(runs: StyledText[], size: number): Word[] {
  const words: Word[] = [];
  let parts: StyledText[] = [];
  const flush = (): void => {
    if (!parts.length) return;
    const pieces = parts.map((part) => {
      const cl = clusters(part.weight, part.text);
      const piece: Piece = { weight: part.weight, clusters: cl, width: cl.reduce((s, c) => s + c.advance, 0) * (size / unitsPerEm(part.weight)), size };
      if (part.link) piece.link = part.link;
      return piece;
    });
    words.push({ pieces, width: pieces.reduce((s, p) => s + p.width, 0), text: parts.map((p) => p.text).join('') });
    parts = [];
  };
  for (const run of runs) {
    // split() with a capturing group puts the spaces at odd indices, the text between them at even ones.
    for (const [index, part] of run.text.split(BREAKABLE_SPACE).entries()) {
      if (index % 2 === 1) {
        flush();
        continue;
      }
      if (part === '') continue;
      const last = parts.at(-1);
      if (last && last.weight === run.weight && last.link === run.link) last.text += part;
      else parts.push(run.link ? { text: part, weight: run.weight, link: run.link } : { text: part, weight: run.weight });
    }
  }
  flush();
  return words;
}

export interface Line {
  words: Word[];
  /** Natural width (words + plain spaces). */
  width: number;
  /** True for the last line of a paragraph (never stretched). */
  last: boolean;
  /** Index in the input of the line's first word. */
  first: number;
}

/**
 * Greedy line breaking: as many whole words as fit; a word wider than the line gets a line of its own.
 * A line never ends with a word ending in a hyphen: pdftotext would take it for a hyphenated word and glue it
 * to the next one.
 */
export function breakLines(words: Word[], maxWidth: number, space: number): Line[] {
  const lines: Line[] = [];
  let line: Word[] = [];
  let width = 0;
  let first = 0;
  const widthOf = (ws: Word[]): number => ws.reduce((s, w) => s + w.width, 0) + space * Math.max(0, ws.length - 1);
  words.forEach((word, index) => {
    const next = line.length ? width + space + word.width : word.width;
    if (line.length && next > maxWidth + 1e-6) {
      let carry: Word[] = [];
      while (line.length > 1 && line.at(-1)!.text.endsWith('-')) carry = [line.pop()!, ...carry];
      lines.push({ words: line, width: widthOf(line), last: false, first });
      first = index - carry.length;
      line = [...carry, word];
      width = widthOf(line);
    } else {
      line.push(word);
      width = next;
    }
  });
  if (line.length) lines.push({ words: line, width, last: true, first });
  return lines;
}
