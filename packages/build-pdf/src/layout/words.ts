/// <reference path="../types-linebreak.d.ts" />
import { createRequire } from 'node:module';
import type { FontWeight } from '@book/fonts';
import type LineBreakerClass from 'linebreak';
import { clusters, unitsPerEm, type Cluster } from '../shaping/shaper.js';
import { keepingBetweenBuilds } from '@book/kept-files';

/** linebreak's CommonJS build, the one pdfkit loads: one copy of its Unicode tables in the process, not two. */
const LineBreaker = createRequire(import.meta.url)('linebreak') as typeof LineBreakerClass;

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

/** spaceWidth by weight, then size: asked for every line and every word gap of a big book. */
const spaceWidths = new Map<FontWeight, Map<number, number>>();

export function spaceWidth(weight: FontWeight, size: number): number {
  let bySize = spaceWidths.get(weight);
  if (!bySize) spaceWidths.set(weight, (bySize = new Map()));
  let width = bySize.get(size);
  if (width === undefined) bySize.set(size, (width = measure(weight, size, ' ')));
  return width;
}

/**
 * Whitespace between words: every white space (what `\s` matches) except the no-break ones (U+00A0 no-break
 * space, U+2007 figure space, U+202F narrow no-break space, U+FEFF zero-width no-break space), which bind a
 * number to its unit (`१०\u00a0मि.ली.`) and so stay inside a word. Tested against `/[^\S\u00a0\u2007\u202f\ufeff]/`
 * for every UTF-16 code unit; a test of char codes instead of a regular expression, as a million words go by.
 */
export function isBreakableSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0x1680) return false;
  return code === 0x1680 || (code >= 0x2000 && code <= 0x200a && code !== 0x2007) || code === 0x2028 || code === 0x2029 || code === 0x205f || code === 0x3000;
}

/** Danda and double danda close a Hindi sentence: like a closing bracket, never at the start of a line. */
const isDanda = (code: number): boolean => code === 0x0964 || code === 0x0965;

/**
 * Splits styled runs into words at breakable whitespace (any run of it is one word gap). Adjacent parts of a word
 * in the same style are shaped together, so a run boundary inside a syllable cannot break a conjunct.
 * Where a line may break comes from UAX #14 over the whole text (no break before `)` or `।`, after `(`, at a
 * no-break space...), then the Hindi rules on top: never inside a cluster, never before a danda.
 * Written for a big book: a million words go through here, so it makes no temporary arrays or objects per word
 * beyond the word itself (GC was the largest item of a 100x build).
 */
export function toWords(runs: StyledText[], size: number): Word[] {
  let full = '';
  for (const run of runs) full += run.text;
  /** breaks[i] is 1 where UAX #14 allows a line to start at offset i of `full`. */
  const breaks = new Uint8Array(full.length + 1);
  const breaker = new LineBreaker(full);
  for (let b = breaker.nextBreak(); b; b = breaker.nextBreak()) breaks[b.position] = 1;
  const words: Word[] = [];
  /** The current word's parts: same-style stretches of text, as parallel lists (reused from word to word). */
  const texts: string[] = [];
  const weights: FontWeight[] = [];
  const links: (string | undefined)[] = [];
  let count = 0;
  /** Offset in `full` of the current word's first character, and of the end of the word before it. */
  let start = 0;
  let previousEnd = 0;
  let offset = 0;
  const flush = (): void => {
    if (!count) return;
    const shared = count === 1 && !links[0] ? sharedPieces(weights[0]!, texts[0]!, size) : undefined;
    const pieces: Piece[] = shared ?? new Array(count);
    let text = '';
    let width = 0;
    if (shared) {
      text = texts[0]!;
      width = shared[0]!.width;
    } else for (let i = 0; i < count; i++) {
      const weight = weights[i]!;
      const cl = clusters(weight, texts[i]!);
      let advance = 0;
      for (const c of cl) advance += c.advance;
      const piece: Piece = { weight, clusters: cl, width: advance * (size / unitsPerEm(weight)), size };
      const link = links[i];
      if (link) piece.link = link;
      pieces[i] = piece;
      text += texts[i]!;
      width += piece.width;
    }
    const word: Word = { pieces, width, text };
    if (words.length) {
      let breakable = false;
      for (let at = previousEnd + 1; at <= start && !breakable; at++) breakable = breaks[at] === 1;
      word.breakBefore = breakable && !isDanda(text.charCodeAt(0));
    }
    let cuts: number[] | undefined;
    let at = 0;
    for (const piece of pieces) {
      for (const cluster of piece.clusters) {
        if (at > 0 && breaks[start + at] === 1) (cuts ??= []).push(at);
        at += cluster.text.length;
      }
    }
    if (cuts) word.cuts = cuts;
    words.push(word);
    previousEnd = start + text.length;
    count = 0;
  };
  const add = (part: string, weight: FontWeight, link: string | undefined): void => {
    if (part === '') return;
    if (!count) start = offset;
    offset += part.length;
    const last = count - 1;
    if (last >= 0 && weights[last] === weight && links[last] === link) texts[last] += part;
    else {
      texts[count] = part;
      weights[count] = weight;
      links[count] = link;
      count++;
    }
  };
  for (const run of runs) {
    const { text, weight, link } = run;
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      if (!isBreakableSpace(text.charCodeAt(i))) continue;
      add(text.slice(from, i), weight, link);
      flush();
      let end = i + 1;
      while (end < text.length && isBreakableSpace(text.charCodeAt(end))) end++;
      offset += end - i;
      from = end;
      i = end - 1;
    }
    add(from === 0 ? text : text.slice(from), weight, link);
  }
  flush();
  return words;
}

/** A word's pieces when it is one piece without a link, by weight, size and text. */
const piecesByText = new Map<FontWeight, Map<number, Map<string, Piece[]>>>();

/**
 * The pieces of a word set in one style with no link, shared by every word of the same text, weight and size
 * (words and their pieces are never changed once made): most words of a book recur, and a Piece and its array
 * per occurrence were a tenth of what a 100x layout allocated. A hit costs one lookup by text.
 */
function sharedPieces(weight: FontWeight, text: string, size: number): Piece[] {
  let bySize = piecesByText.get(weight);
  if (!bySize) piecesByText.set(weight, (bySize = new Map()));
  let byText = bySize.get(size);
  if (!byText) bySize.set(size, (byText = new Map()));
  let pieces = byText.get(text);
  if (!pieces) {
    const cl = clusters(weight, text);
    let advance = 0;
    for (const c of cl) advance += c.advance;
    pieces = [{ weight, clusters: cl, width: advance * (size / unitsPerEm(weight)), size }];
    byText.set(text, pieces);
  }
  return pieces;
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
  let count = 0;
  let inWord = false;
  for (const run of runs) {
    const text = run.text;
    for (let i = 0; i < text.length; i++) {
      const space = isBreakableSpace(text.charCodeAt(i));
      if (!space && !inWord) count++;
      inWord = !space;
    }
  }
  return count;
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
  const lines: Line[] = [];
  const limit = maxWidth + 1e-6;
  // The line being filled. Widths add up word by word in order, as a sum over the line's words would, so
  // the same decisions and the same widths come out to the last bit.
  let line: Word[] = [];
  let lineSum = 0;
  let first = 0;
  const push = (last: boolean): void => {
    lines.push({ words: line, width: lineSum + space * Math.max(0, line.length - 1), last, first });
  };
  /** Puts words[from, to) (or `cut` alone, standing for word `from`) on the line, after a break if they do not fit. */
  const place = (from: number, to: number, boxWidth: number, cut?: Word): void => {
    if (line.length && lineSum + space * (line.length - 1) + space + boxWidth > limit) {
      push(false);
      line = [];
      lineSum = 0;
    }
    if (!line.length) first = from;
    if (cut) {
      line.push(cut);
      lineSum += cut.width;
      return;
    }
    for (let i = from; i < to; i++) {
      line.push(words[i]!);
      lineSum += words[i]!.width;
    }
  };
  let from = 0;
  while (from < words.length) {
    // A box: a run of words no line may break inside.
    let to = from + 1;
    let boxSum = words[from]!.width;
    while (to < words.length && (words[to]!.breakBefore === false || words[to - 1]!.text.endsWith('-'))) boxSum += words[to++]!.width;
    const boxWidth = boxSum + space * (to - from - 1);
    if (boxWidth <= limit) place(from, to, boxWidth);
    else for (let i = from; i < to; i++) for (const cut of splitOverlong(words[i]!, maxWidth)) place(i, i + 1, cut.width, cut);
    from = to;
  }
  if (line.length) push(true);
  return lines;
}
