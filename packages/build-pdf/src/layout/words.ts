/// <reference path="../types-linebreak.d.ts" />
import type { FontWeight } from '@book/fonts';
import LineBreaker from 'linebreak';
import { clusters, unitsPerEm, type Cluster } from '../shaping/shaper.js';
import { keepingBetweenBuilds } from '../keep-between-builds.js';

/** A styled piece of text inside one word (a word may switch weight midway, e.g. a bold stem + plain suffix). */
export interface Piece {
  weight: FontWeight;
  clusters: Cluster[];
  /** Advance in points at the piece's size. */
  width: number;
  size: number;
  link?: string;
}

/** A word: what stands between two spaces. */
export interface Word {
  pieces: Piece[];
  width: number;
  text: string;
  /** False when no line may start with this word (UAX #14 and the Hindi rules forbid a break at the space before it). */
  breakBefore?: boolean;
  /**
   * Offsets into `text`, each between two clusters, where UAX #14 allows a break without a space (after a hyphen,
   * a dash, a slash). Used only to cut a word too wide for its line: a line ending there would change the text
   * a reader copies (pdftotext drops a line-final hyphen and joins the halves).
   */
  cuts?: number[];
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
 * Whitespace between words: every white space except the no-break ones (U+00A0 no-break space, U+2007 figure
 * space, U+202F narrow no-break space, U+FEFF zero-width no-break space), which bind a number to its unit
 * (`१०\u00a0मि.ली.`) and so stay inside a word.
 */
const BREAKABLE_SPACE = /([^\S\u00a0\u2007\u202f\ufeff]+)/u;

/** Danda and double danda close a Hindi sentence: like a closing bracket, never at the start of a line. */
const DANDA = /^[\u0964\u0965]/u;

/**
 * Splits styled runs into words at breakable whitespace (any run of it is one word gap). Adjacent parts of a word
 * in the same style are shaped together, so a run boundary inside a syllable cannot break a conjunct.
 * Where a line may break comes from UAX #14 over the whole text (no break before `)` or `।`, after `(`, at a
 * no-break space...), then the Hindi rules on top: never inside a cluster, never before a danda.
 */
export function toWords(runs: StyledText[], size: number): Word[] {
  const full = runs.map((r) => r.text).join('');
  const breaks = new Set<number>();
  const breaker = new LineBreaker(full);
  for (let b = breaker.nextBreak(); b; b = breaker.nextBreak()) breaks.add(b.position);
  const words: Word[] = [];
  let parts: StyledText[] = [];
  /** Offset in `full` of the current word's first character, and of the end of the word before it. */
  let start = 0;
  let previousEnd = 0;
  let offset = 0;
  const flush = (): void => {
    if (!parts.length) return;
    const pieces = parts.map((part) => {
      const cl = clusters(part.weight, part.text);
      const piece: Piece = { weight: part.weight, clusters: cl, width: cl.reduce((s, c) => s + c.advance, 0) * (size / unitsPerEm(part.weight)), size };
      if (part.link) piece.link = part.link;
      return piece;
    });
    const text = parts.map((p) => p.text).join('');
    const word: Word = { pieces, width: pieces.reduce((s, p) => s + p.width, 0), text };
    if (words.length) {
      let breakable = false;
      for (let at = previousEnd + 1; at <= start && !breakable; at++) breakable = breaks.has(at);
      word.breakBefore = breakable && !DANDA.test(text);
    }
    const cuts: number[] = [];
    let at = 0;
    for (const piece of pieces) {
      for (const cluster of piece.clusters) {
        if (at > 0 && breaks.has(start + at)) cuts.push(at);
        at += cluster.text.length;
      }
    }
    if (cuts.length) word.cuts = cuts;
    words.push(word);
    previousEnd = start + text.length;
    parts = [];
  };
  for (const run of runs) {
    // split() with a capturing group puts the spaces at odd indices, the text between them at even ones.
    for (const [index, part] of run.text.split(BREAKABLE_SPACE).entries()) {
      if (index % 2 === 1) {
        flush();
        offset += part.length;
        continue;
      }
      if (part === '') continue;
      if (!parts.length) start = offset;
      offset += part.length;
      const last = parts.at(-1);
      if (last && last.weight === run.weight && last.link === run.link) last.text += part;
      else parts.push(run.link ? { text: part, weight: run.weight, link: run.link } : { text: part, weight: run.weight });
    }
  }
  flush();
  return words;
}

/** The words of the last layout in this process, by size and runs (see wordMaker). */
let lastLayout = new Map<string, Word[]>();

/**
 * toWords for one layout, giving the last layout's words again for the same size and runs: watch mode lays the
 * whole book out after every save, and splitting unchanged paragraphs into words again (line-break opportunities,
 * shaping lookups) was a quarter of that layout. toWords depends on nothing else, and its words are never changed
 * after it returns, so they can be shared. `done()` keeps this layout's words for the next one. Only while
 * keepBetweenBuilds() is on; otherwise it is toWords.
 */
export function wordMaker() {
  if (!keepingBetweenBuilds()) {
    lastLayout = new Map();
    return { words: toWords, done(): void {} };
  }
  const thisLayout = new Map<string, Word[]>();
  return {
    words(runs: StyledText[], size: number): Word[] {
      const key = JSON.stringify([size, runs.map((r) => [r.text, r.weight, r.link ?? null])]);
      const words = thisLayout.get(key) ?? lastLayout.get(key) ?? toWords(runs, size);
      thisLayout.set(key, words);
      return words;
    },
    done(): void {
      lastLayout = thisLayout;
    },
  };
}

/** How many words toWords(runs) makes, without shaping them: the non-empty stretches between breakable spaces. */
export function wordCount(runs: readonly StyledText[]): number {
  // As in toWords, split() puts the spaces at odd indices.
  return runs
    .map((r) => r.text)
    .join('')
    .split(BREAKABLE_SPACE)
    .filter((part, index) => index % 2 === 0 && part !== '').length;
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
 * split) into pieces that each fit, or the word itself when it fits. Each piece ends at the word's last UAX #14
 * opportunity that fits (`cuts`: after a hyphen...), else at the last cluster that fits. A 100,000-character word
 * would otherwise run off the right edge of the page, most of it invisible.
 */
export function splitOverlong(word: Word, maxWidth: number): Word[] {
  if (word.width <= maxWidth + 1e-6) return [word];
  type Placed = { piece: Piece; cluster: Cluster; advance: number; at: number };
  const all: Placed[] = [];
  let at = 0;
  for (const piece of word.pieces) {
    const scale = piece.size / unitsPerEm(piece.weight);
    for (const cluster of piece.clusters) {
      all.push({ piece, cluster, advance: cluster.advance * scale, at });
      at += cluster.text.length;
    }
  }
  const cuts = new Set(word.cuts ?? []);
  const parts: Word[] = [];
  const emit = (placed: Placed[]): void => {
    const pieces: Piece[] = [];
    let source: Piece | undefined;
    for (const p of placed) {
      const last = pieces.at(-1);
      if (last && p.piece === source) {
        last.clusters.push(p.cluster);
        last.width += p.advance;
      } else pieces.push({ ...p.piece, clusters: [p.cluster], width: p.advance });
      source = p.piece;
    }
    parts.push({ pieces, width: pieces.reduce((s, p) => s + p.width, 0), text: pieces.map((p) => p.clusters.map((c) => c.text).join('')).join('') });
  };
  let from = 0;
  while (from < all.length) {
    let width = 0;
    let end = from;
    while (end < all.length && (end === from || width + all[end]!.advance <= maxWidth + 1e-6)) width += all[end++]!.advance;
    if (end < all.length) {
      let cut = end;
      while (cut > from + 1 && !cuts.has(all[cut]!.at)) cut--;
      if (cut > from + 1 || cuts.has(all[cut]!.at)) end = cut;
    }
    emit(all.slice(from, end));
    from = end;
  }
  return parts;
}

/**
 * Greedy line breaking: as many whole words as fit, breaking only where toWords allows (`breakBefore`). Words
 * the rules bind together form one box; a box wider than the line falls back to its words, and a word wider than
 * the line is cut into line-wide parts (splitOverlong), each starting a line of its own.
 * A line never ends with a word ending in a hyphen: pdftotext would take it for a hyphenated word and glue it
 * to the next one.
 */
export function breakLines(words: Word[], maxWidth: number, space: number): Line[] {
  type Part = { word: Word; index: number };
  const lines: Line[] = [];
  const widthOf = (ws: Part[]): number => ws.reduce((s, w) => s + w.word.width, 0) + space * Math.max(0, ws.length - 1);
  // Boxes: runs of words no line may break inside.
  const boxes: Part[][] = [];
  words.forEach((word, index) => {
    const previous = words[index - 1];
    const joined = previous !== undefined && (word.breakBefore === false || previous.text.endsWith('-'));
    if (joined) boxes.at(-1)!.push({ word, index });
    else boxes.push([{ word, index }]);
  });
  let line: Part[] = [];
  const push = (last: boolean): void => {
    lines.push({ words: line.map((w) => w.word), width: widthOf(line), last, first: line[0]!.index });
  };
  const place = (box: Part[]): void => {
    if (line.length && widthOf(line) + space + widthOf(box) > maxWidth + 1e-6) {
      push(false);
      line = [];
    }
    line.push(...box);
  };
  for (const box of boxes) {
    if (widthOf(box) <= maxWidth + 1e-6) place(box);
    else for (const part of box) for (const cut of splitOverlong(part.word, maxWidth)) place([{ word: cut, index: part.index }]);
  }
  if (line.length) push(true);
  return lines;
}
