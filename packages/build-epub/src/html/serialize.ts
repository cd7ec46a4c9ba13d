import type { Element, Root } from 'hast';
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { FIGURE_ATTRIBUTES, FIGURE_TAGS } from './figure-sanitize.js';

/** Exactly the elements and attributes the builders make; anything else in the model's text is dropped. */
const schema: SanitizeSchema = {
  tagNames: [
    'section', 'nav', 'div', 'h1', 'h2', 'h3', 'h4', 'p', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'dfn', 'table', 'caption',
    'thead', 'tbody', 'tr', 'th', 'td', 'strong', 'em', 'span', 'a', 'br',
    ...FIGURE_TAGS,
  ],
  attributes: {
    '*': ['id', 'className', 'lang', 'xmlLang', 'role', 'epub:type', 'ariaLabelledBy'],
    a: ['href'],
    ...FIGURE_ATTRIBUTES,
    th: ['scope'],
  },
  protocols: { href: ['http', 'https', 'mailto'] },
  // Ids are the model's own (glossary links and the nav point at them): keep them as they are.
  clobber: [],
  clobberPrefix: '',
  strip: [],
};

const processor = unified()
  .use(rehypeSanitize, schema)
  // closeSelfClosing: <br /> as XHTML needs; non-ASCII text stays UTF-8 (only & < > " are escaped).
  .use(rehypeStringify, { closeSelfClosing: true });

/** Sanitizes body content and serialises it as XHTML. Returns the sanitised tree too (its text feeds the font subsets). */
export function toXhtml(nodes: Element[]): { xhtml: string; tree: Root } {
  const tree = processor.runSync({ type: 'root', children: nodes }) as Root;
  return { xhtml: processor.stringify(tree), tree };
}
