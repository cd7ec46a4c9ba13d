import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import type { Root } from 'mdast';

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkDirective);

/** Markdown text → mdast with positions (frontmatter as a `yaml` node, :::directives, GFM tables). */
export function parseMarkdown(text: string): Root {
  return parser.runSync(parser.parse(text)) as Root;
}
