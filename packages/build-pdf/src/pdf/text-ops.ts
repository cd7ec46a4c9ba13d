import type { FontWeight } from '@book/fonts';
import type { ClusterFont } from '../font/cluster-font.js';
import type { Line } from '../layout/words.js';
import { clusters } from '../shaping/shaper.js';

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
  const out: string[] = ['BT', `1 0 0 1 ${num(x)} ${num(y)} Tm`];
  let currentFont = '';
  let currentSize = 0;
  let tj: string[] = [];
  const flushTj = (): void => {
    if (tj.length) out.push(`[${tj.join('')}] TJ`);
    tj = [];
  };
  const setFont = (weight: FontWeight, size: number): ClusterFont => {
    const f = fonts.get(weight);
    if (f.resourceName !== currentFont || size !== currentSize) {
      flushTj();
      out.push(`/${f.resourceName} ${num(size)} Tf`);
      currentFont = f.resourceName;
      currentSize = size;
    }
    return f.font;
  };
  line.words.forEach((word, i) => {
    if (i > 0) {
      // Spaces always come from the regular face so line breaking can measure them without context.
      const size = line.words[i - 1]!.pieces.at(-1)!.size;
      const font = setFont('regular', size);
      tj.push(`<${font.hex(clusters('regular', ' ')[0]!)}>`);
      if (extraPerSpace) tj.push(num((-extraPerSpace * 1000) / size));
    }
    const lastWord = i === line.words.length - 1;
    word.pieces.forEach((piece, p) => {
      const font = setFont(piece.weight, piece.size);
      let cl = piece.clusters;
      const final = cl.at(-1)!;
      // pdftotext joins a line ending in "-" to the next one as a hyphenated word, even across paragraphs;
      // a trailing space in that glyph's text keeps the words apart (and is harmless to every extractor).
      if (lastWord && p === word.pieces.length - 1 && final.text.endsWith('-')) cl = [...cl.slice(0, -1), { ...final, text: `${final.text} ` }];
      tj.push(`<${font.hexRun(cl)}>`);
    });
  });
  flushTj();
  out.push('ET');
  return out.join('\n');
}
