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
 * A word wider than `maxWidth` cut at cluster boundaries (a cluster is a syllable as shaped, so no conjunct is
 * split) into pieces that each fit, or the word itself when it fits. A 100,000-character word would otherwise run
 * off the right edge of the page, most of it invisible.
 */
export function splitOverlong(word: Word, maxWidth: number): Word[] {
  if (word.width <= maxWidth + 1e-6) return [word];
  const parts: Word[] = [];
  let pieces: Piece[] = [];
  let width = 0;
  const flush = (): void => {
    if (!pieces.length) return;
    parts.push({ pieces, width, text: pieces.map((p) => p.clusters.map((c) => c.text).join('')).join('') });
    pieces = [];
    width = 0;
  };
  for (const piece of word.pieces) {
    const scale = piece.size / unitsPerEm(piece.weight);
    let current: Piece | undefined;
    for (const cluster of piece.clusters) {
      const advance = cluster.advance * scale;
      if (width > 0 && width + advance > maxWidth + 1e-6) {
        flush();
        current = undefined;
      }
      if (!current) {
        current = { ...piece, clusters: [], width: 0 };
        pieces.push(current);
      }
      current.clusters.push(cluster);
      current.width += advance;
      width += advance;
    }
  }
  flush();
  return parts;
}

/**
 * Greedy line breaking: as many whole words as fit; a word wider than the line is cut into line-wide parts
 * (splitOverlong), each starting a line of its own.
 * A line never ends with a word ending in a hyphen: pdftotext would take it for a hyphenated word and glue it
 * to the next one.
 */
export function breakLines(words: Word[], maxWidth: number, space: number): Line[] {
  const lines: Line[] = [];
  // Each part remembers the input word it comes from: a line's `first` is that word's index.
  let line: { word: Word; index: number }[] = [];
  let width = 0;
  const widthOf = (ws: { word: Word }[]): number => ws.reduce((s, w) => s + w.word.width, 0) + space * Math.max(0, ws.length - 1);
  const push = (last: boolean): void => {
    lines.push({ words: line.map((w) => w.word), width: widthOf(line), last, first: line[0]!.index });
  };
  const parts = words.flatMap((word, index) => splitOverlong(word, maxWidth).map((part) => ({ word: part, index })));
  for (const part of parts) {
    const next = line.length ? width + space + part.word.width : part.word.width;
    if (line.length && next > maxWidth + 1e-6) {
      const carry: typeof line = [];
      while (line.length > 1 && line.at(-1)!.word.text.endsWith('-')) carry.unshift(line.pop()!);
      push(false);
      line = [...carry, part];
      width = widthOf(line);
    } else {
      line.push(part);
      width = next;
    }
  }
  if (line.length) push(true);
  return lines;
}
