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

/** Splits styled runs into words at spaces (any run of whitespace is one word gap). */
export function toWords(runs: StyledText[], size: number): Word[] {
  const words: Word[] = [];
  let current: Piece[] = [];
  const flush = (): void => {
    if (current.length) {
      words.push({ pieces: current, width: current.reduce((s, p) => s + p.width, 0), text: current.map((p) => p.clusters.map((c) => c.text).join('')).join('') });
    }
    current = [];
  };
  for (const run of runs) {
    const parts = run.text.split(/(\s+)/);
    for (const part of parts) {
      if (part === '') continue;
      if (/^\s+$/.test(part)) {
        flush();
        continue;
      }
      const cl = clusters(run.weight, part);
      const width = cl.reduce((s, c) => s + c.advance, 0) * (size / unitsPerEm(run.weight));
      const piece: Piece = { weight: run.weight, clusters: cl, width, size };
      if (run.link) piece.link = run.link;
      current.push(piece);
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
}

/** Greedy line breaking: as many whole words as fit. A word wider than the line gets a line of its own. */
export function breakLines(words: Word[], maxWidth: number, space: number): Line[] {
  const lines: Line[] = [];
  let line: Word[] = [];
  let width = 0;
  for (const word of words) {
    const next = line.length ? width + space + word.width : word.width;
    if (line.length && next > maxWidth + 1e-6) {
      lines.push({ words: line, width, last: false });
      line = [word];
      width = word.width;
    } else {
      line.push(word);
      width = next;
    }
  }
  if (line.length) lines.push({ words: line, width, last: true });
  return lines;
}
