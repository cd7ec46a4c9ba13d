import type { Root, RootContent } from 'hast';

/** Elements the stylesheet draws bold (it sets font-weight on exactly these). */
const BOLD = new Set(['h1', 'h2', 'h3', 'h4', 'th', 'strong', 'dfn']);
const BLOCKS = new Set(['section', 'nav', 'div', 'h1', 'h2', 'h3', 'h4', 'p', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'caption', 'tr', 'th', 'td', 'br']);

/**
 * The text drawn in each weight, for the font subsets. Inline pieces are concatenated (a reading system may shape a
 * word across an inline element boundary, so closures must cover the joined word); blocks are separated by newlines.
 */
export function textByWeight(trees: Root[]): { regular: string; bold: string } {
  const out = { regular: [] as string[], bold: [] as string[] };
  const walk = (node: RootContent | Root, bold: boolean) => {
    if (node.type === 'text') out[bold ? 'bold' : 'regular'].push(node.value);
    if (node.type !== 'element' && node.type !== 'root') return;
    const isBold = bold || (node.type === 'element' && BOLD.has(node.tagName));
    const isBlock = node.type === 'element' && BLOCKS.has(node.tagName);
    if (isBlock) out.regular.push('\n'), out.bold.push('\n');
    for (const child of node.children) walk(child, isBold);
    if (isBlock) out.regular.push('\n'), out.bold.push('\n');
  };
  for (const tree of trees) walk(tree, false);
  return { regular: out.regular.join(''), bold: out.bold.join('') };
}
