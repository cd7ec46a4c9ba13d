import type { Root, RootContent } from 'hast';

/** Elements the stylesheet draws bold (it sets font-weight on exactly these), and the class it draws regular inside them. */
const BOLD = new Set(['h1', 'h2', 'h3', 'h4', 'th', 'strong', 'dfn']);
const REGULAR_CLASS = 'gloss';
// SVG labels (<text>) and the figure's <title> are each shaped on their own.
const BLOCKS = new Set(['figure', 'figcaption', 'svg', 'g', 'text', 'title', 'section', 'nav', 'div', 'h1', 'h2', 'h3', 'h4', 'p', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'caption', 'tr', 'th', 'td', 'br']);
/** Drawn by the reading system with the body font: list numbers and bullets. */
const LIST_MARKERS = '0123456789.•◦▪';

/**
 * The text drawn in each weight, for the font subsets. A reading system shapes each stretch of text drawn with one
 * font on its own, so stretches are cut where the weight changes and at block boundaries; within a stretch, inline
 * pieces (links, spans) are joined, since shaping runs across them.
 */
export function textByWeight(trees: Root[]): { regular: string; bold: string } {
  const out = { regular: [LIST_MARKERS] as string[], bold: [] as string[] };
  let current: 'regular' | 'bold' = 'regular';
  const cut = () => {
    out.regular.push('\n');
    out.bold.push('\n');
  };
  const walk = (node: RootContent | Root, bold: boolean) => {
    if (node.type === 'text') {
      const weight = bold ? 'bold' : 'regular';
      if (weight !== current) cut();
      current = weight;
      out[weight].push(node.value);
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
  for (const tree of trees) walk(tree, false);
  return { regular: out.regular.join(''), bold: out.bold.join('') };
}
