import type { Element, ElementContent, Root, RootContent } from 'hast';
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { FIGURE_ATTRIBUTES, FIGURE_TAGS } from './figure-sanitize.js';

/** Exactly the elements and attributes the builders make; anything else in the model's text is dropped. */
const schema: SanitizeSchema = {
  tagNames: [
    'section', 'nav', 'div', 'h1', 'h2', 'h3', 'h4', 'p', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'dfn', 'table', 'caption',
    'thead', 'tbody', 'tr', 'th', 'td', 'strong', 'em', 'span', 'a', 'br', 'img',
    ...FIGURE_TAGS,
  ],
  attributes: {
    '*': ['id', 'className', 'lang', 'xmlLang', 'role', 'epub:type', 'ariaLabelledBy'],
    a: ['href'],
    img: ['src', 'alt'],
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
  // closeSelfClosing: <br /> as XHTML needs; non-ASCII text stays UTF-8. Text reaches the stringifier already
  // escaped by xmlText (as `raw`, the only raw nodes there are), since hast-util-to-html leaves `>` as it is.
  .use(rehypeStringify, { closeSelfClosing: true, allowDangerousHtml: true });

/** Sanitizes body content and serialises it as XHTML. Returns the sanitised tree too (its text feeds the font subsets). */
export function toXhtml(nodes: Element[]): { xhtml: string; tree: Root } {
  const tree = processor.runSync({ type: 'root', children: nodes }) as Root;
  const found = { brackets: false };
  const xhtml = processor.stringify({ ...tree, children: tree.children.map((node) => escapedText(node, found)) } as Root);
  return { xhtml: found.brackets ? escapeAttributeBrackets(xhtml) : xhtml, tree };
}

/**
 * hast-util-to-html leaves < and > as they are in attribute values (HTML allows them; XML does not allow <).
 * Text is escaped before stringifying, so the only < and > inside quotes are attribute values'. Only run when an
 * attribute holds one (escapedText says so): a regular expression over every document was a tenth of serialising.
 */
function escapeAttributeBrackets(xhtml: string): string {
  return xhtml.replace(/="([^"]*)"/g, (_, value: string) => `="${value.replaceAll('<', '&lt;').replaceAll('>', '&gt;')}"`);
}

const BRACKET = /[<>]/;

function hasBracket(value: unknown): boolean {
  if (typeof value === 'string') return BRACKET.test(value);
  return Array.isArray(value) && value.some(hasBracket);
}

// Characters XML 1.0 allows at all; the model refuses the others, this keeps a hand-made Book from writing them.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Text as XML character data: & < > escaped (so `]]>` cannot occur), and nothing XML forbids. */
export function xmlText(text: string): string {
  const bad = NOT_XML.exec(text);
  if (bad) throw new TypeError(`buildEpub: U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} cannot be written in XML; the model refuses it (text-charset), so this Book did not come from loadBook`);
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** The tree with text as escaped raw nodes; sets found.brackets when an attribute value holds < or >. */
function escapedText<T extends RootContent | ElementContent>(node: T, found: { brackets: boolean }): T | { type: 'raw'; value: string } {
  if (node.type === 'text') return { type: 'raw', value: xmlText(node.value) };
  if (node.type === 'element') {
    if (!found.brackets) found.brackets = Object.values(node.properties).some(hasBracket);
    return { ...node, children: node.children.map((child) => escapedText(child, found)) as ElementContent[] };
  }
  return node;
}
