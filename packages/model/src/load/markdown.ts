import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import type { Root } from 'mdast';
import type { Node, Parent, Point } from 'unist';
import { mayHaveLiteralAutolink, remarkGfmWithoutLiteralAutolinks } from './gfm-without-literal-autolinks.js';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);
const parserWithoutLiteralAutolinks = unified().use(remarkParse).use(remarkGfmWithoutLiteralAutolinks).use(remarkDirective);

/** Markdown text → mdast with positions (:::directives, GFM tables). */
export function parseMarkdown(text: string): Root {
  const chosen = mayHaveLiteralAutolink(text) ? parser : parserWithoutLiteralAutolinks;
  return chosen.runSync(chosen.parse(text)) as Root;
}

/**
 * The Markdown that starts at `from` in a longer text → mdast whose positions are those in the whole text.
 * Parsed on its own: give it a point where a block may start (a chapter's body, after its frontmatter).
 */
export function parseMarkdownFrom(text: string, from: { line: number; column: number; offset: number }): Root {
  const tree = parseMarkdown(text.slice(from.offset));
  shiftPositions(tree, from);
  // The root stands for the whole file, frontmatter included, as it did when the file was parsed in one piece.
  if (tree.position) tree.position.start = { line: 1, column: 1, offset: 0 };
  return tree;
}

/** Moves every node's position from the start of the parsed text to `from` (a plain walk: unist-util-visit's was ~3× slower). */
function shiftPositions(node: Node, from: { line: number; column: number; offset: number }): void {
  const position = node.position;
  if (position) {
    shiftPoint(position.start, from);
    shiftPoint(position.end, from);
  }
  const children = (node as Partial<Parent>).children;
  if (children) for (const child of children) shiftPositions(child, from);
}

function shiftPoint(point: Point, from: { line: number; column: number; offset: number }): void {
  if (point.line === 1) point.column += from.column - 1;
  point.line += from.line - 1;
  if (point.offset !== undefined) point.offset += from.offset;
}
