import type { Root, RootContent } from 'hast';

/** Elements the stylesheet draws bold (it sets font-weight on exactly these), and the class it draws regular inside them. */
const BOLD = new Set(['h1', 'h2', 'h3', 'h4', 'th', 'strong', 'dfn']);
const REGULAR_CLASS = 'gloss';
// SVG labels (<text>) and the figure's <title> are each shaped on their own.
const BLOCKS = new Set(['figure', 'figcaption', 'svg', 'g', 'text', 'title', 'section', 'nav', 'div', 'h1', 'h2', 'h3', 'h4', 'p', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'caption', 'tr', 'th', 'td', 'br']);
/** Drawn by the reading system with the body font: list numbers and bullets. */
const LIST_MARKERS = '0123456789.•◦▪';

/** The stretches of one document's text, by weight (see textByWeight). */
export interface Stretches {
  regular: string[];
  bold: string[];
}

/**
 * The text drawn in each weight, for the font subsets. A reading system shapes each stretch of text drawn with one
 * font on its own, so stretches are cut where the weight changes and at block boundaries; within a stretch, inline
 * pieces (links, spans) are joined, since shaping runs across them. Each stretch is written once, on a line of its
 * own: a subset depends only on which words and characters occur, and a big book repeats most of its sentences.
 */
export function textByWeight(trees: Root[]): { regular: string; bold: string } {
  return joinStretches([LIST_MARKER_STRETCHES, ...trees.map(stretchesByWeight)]);
}

/** The list numbers and bullets, which no tree holds: put them first among the stretches passed to joinStretches. */
export const LIST_MARKER_STRETCHES: Stretches = { regular: [LIST_MARKERS], bold: [] };

/** The distinct stretches of all documents, one a line (with a line break first, so that every text has one). */
export function joinStretches(documents: Stretches[]): { regular: string; bold: string } {
  const regular = new Set<string>();
  const bold = new Set<string>();
  for (const document of documents) {
    for (const stretch of document.regular) regular.add(stretch);
    for (const stretch of document.bold) bold.add(stretch);
  }
  return { regular: ['', ...regular].join('\n'), bold: ['', ...bold].join('\n') };
}

/** One document's stretches of text in each weight, in reading order, each once. */
export function stretchesByWeight(tree: Root): Stretches {
  const out = { regular: new Set<string>(), bold: new Set<string>() };
  const open = { regular: [] as string[], bold: [] as string[] };
  let current: 'regular' | 'bold' = 'regular';
  const cut = () => {
    for (const weight of ['regular', 'bold'] as const) {
      if (open[weight].length) out[weight].add(open[weight].join(''));
      open[weight] = [];
    }
  };
  const walk = (node: RootContent | Root, bold: boolean) => {
    if (node.type === 'text') {
      const weight = bold ? 'bold' : 'regular';
      if (weight !== current) cut();
      current = weight;
      open[weight].push(node.value);
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    const classes = node.type === 'element' ? node.properties.className : undefined;
    const isRegular = Array.isArray(classes) && classes.includes(REGULAR_CLASS);
    const isBold = !isRegular && (bold || (node.type === 'element' && BOLD.has(node.tagName)));
    const isBlock = node.type === 'element' && BLOCKS.has(node.tagName);
    if (isBlock) cut();
    for (const child of node.children) walk(child, isBold);
    if (isBlock) cut();
  };
  walk(tree, false);
  cut();
  return { regular: [...out.regular], bold: [...out.bold] };
}
