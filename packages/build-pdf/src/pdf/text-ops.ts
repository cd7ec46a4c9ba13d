import type { FontWeight } from '@book/fonts';
import type { ClusterFont } from '../font/cluster-font.js';
import type { Line } from '../layout/words.js';
import { clusters, type Cluster } from '../shaping/shaper.js';

export interface FontSet {
  get(weight: FontWeight): { font: ClusterFont; resourceName: string };
}

const num = (n: number): string => String(Math.round(n * 1000) / 1000);

/**
 * Content-stream operators drawing one line with its baseline starting at (x, y) in PDF user space (y up).
 * Words are separated by a real space glyph (extractors see a U+0020); extra justification space is a TJ
 * adjustment right after that space glyph, so no extractor invents or loses a word break.
 */
export function lineOps(line: Line, x: number, y: number, fonts: FontSet, extraPerSpace = 0): string {
  // One list of pieces joined once at the end: the glyph hex of a line is its bulk, and joining the TJ array
  // and then the operators copied it twice more (a quarter of everything a 100x layout allocated).
  const out: string[] = ['BT\n1 0 0 1 ', num(x), ' ', num(y), ' Tm'];
  let currentFont = '';
  let currentSize = 0;
  let inTj = false;
  const flushTj = (): void => {
    if (inTj) out.push('] TJ');
    inTj = false;
  };
  const openTj = (): void => {
    if (!inTj) out.push('\n[');
    inTj = true;
  };
  const setFont = (weight: FontWeight, size: number): ClusterFont => {
    const f = fonts.get(weight);
    if (f.resourceName !== currentFont || size !== currentSize) {
      flushTj();
      out.push('\n/', f.resourceName, ' ', num(size), ' Tf');
      currentFont = f.resourceName;
      currentSize = size;
    }
    return f.font;
  };
  const words = line.words;
  let space: Cluster | undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (i > 0) {
      // Spaces always come from the regular face so line breaking can measure them without context.
      const pieces = words[i - 1]!.pieces;
      const size = pieces[pieces.length - 1]!.size;
      const font = setFont('regular', size);
      openTj();
      out.push('<', font.hex((space ??= clusters('regular', ' ')[0]!)), '>');
      if (extraPerSpace) out.push(num((-extraPerSpace * 1000) / size));
    }
    const lastWord = i === words.length - 1;
    const pieces = word.pieces;
    for (let p = 0; p < pieces.length; p++) {
      const piece = pieces[p]!;
      const font = setFont(piece.weight, piece.size);
      let cl = piece.clusters;
      const final = cl[cl.length - 1]!;
      // pdftotext joins a line ending in "-" to the next one as a hyphenated word, even across paragraphs;
      // a trailing space in that glyph's text keeps the words apart (and is harmless to every extractor).
      if (lastWord && p === pieces.length - 1 && final.text.endsWith('-')) cl = [...cl.slice(0, -1), { ...final, text: `${final.text} ` }];
      openTj();
      out.push('<', font.hexRun(cl), '>');
    }
  }
  flushTj();
  out.push('\nET');
  return out.join('');
}
