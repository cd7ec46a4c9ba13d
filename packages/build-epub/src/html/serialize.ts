import type { Element, ElementContent, Root } from 'hast';
import { sanitize, type Schema as SanitizeSchema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { FIGURE_ATTRIBUTES, FIGURE_TAGS } from './figure-sanitize.js';
import { stretchesByWeight, type Stretches } from './text-by-weight.js';

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

// closeSelfClosing: <br /> as XHTML needs; non-ASCII text stays UTF-8. Text reaches the stringifier already
// escaped by xmlText (as `raw`, the only raw nodes there are), since hast-util-to-html leaves `>` as it is.
// The hast utilities are called directly rather than through unified (rehype-sanitize and rehype-stringify are
// these two calls): the glossary is serialised an entry at a time, and unified made two VFiles for each.
const HTML_OPTIONS = { closeSelfClosing: true, allowDangerousHtml: true } as const;

/** Sanitizes body content and serialises it as XHTML; `text` is its text by weight, for the font subsets. */
export function toXhtml(nodes: ElementContent[]): { xhtml: string; text: Stretches } {
  // The sanitiser builds a new tree (no node of `nodes` is in it), so its text is escaped in place below.
  const tree = sanitize({ type: 'root', children: nodes }, schema) as Root;
  const text = stretchesByWeight(tree);
  const found = { brackets: false };
  escapeText(tree, found);
  const xhtml = toHtml(tree, HTML_OPTIONS);
  return { xhtml: found.brackets ? escapeAttributeBrackets(xhtml) : xhtml, text };
}

/**
 * toXhtml of `frame` with `items` appended to its innermost last element (its last child element, that one's, and
 * so on), each item sanitised and serialised on its own: a document as big as the glossary at 100× (7 MB of XHTML)
 * then never exists as one tree, nor does the sanitiser's copy of it, which made most of its cost garbage
 * collection. The items must be blocks drawn in the regular weight (text-by-weight.ts cuts around each) and no
 * table parts (the sanitiser keeps those only inside a table), as the glossary's <dt> and <dd> are.
 */
export function toXhtmlWithItems(frame: Element, items: Iterable<ElementContent[]>): { xhtml: string; text: Stretches } {
  const shell = toXhtml([frame]);
  const closing = closingTags(frame);
  if (!shell.xhtml.endsWith(closing)) throw new TypeError(`toXhtmlWithItems: the sanitiser changed the frame's last elements (${closing}); build it from allowed elements only`);
  const parts = [shell.xhtml.slice(0, -closing.length)];
  const regular = new Set(shell.text.regular);
  const bold = new Set(shell.text.bold);
  for (const item of items) {
    const { xhtml, text } = toXhtml(item);
    parts.push(xhtml);
    for (const stretch of text.regular) regular.add(stretch);
    for (const stretch of text.bold) bold.add(stretch);
  }
  parts.push(closing);
  return { xhtml: parts.join(''), text: { regular: [...regular], bold: [...bold] } };
}

/** The end tags that close `element`'s innermost last element and every element around it, up to `element`'s own. */
function closingTags(element: Element): string {
  const last = element.children.at(-1);
  return `${last?.type === 'element' ? closingTags(last) : ''}</${element.tagName}>`;
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

const MARKUP = /[&<>]/;

/** Text as XML character data: & < > escaped (so `]]>` cannot occur), and nothing XML forbids. */
export function xmlText(text: string): string {
  const bad = NOT_XML.exec(text);
  if (bad) throw new TypeError(`buildEpub: U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} cannot be written in XML; the model refuses it (text-charset), so this Book did not come from loadBook`);
  if (!MARKUP.test(text)) return text;
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/**
 * Turns the text of a tree into escaped raw nodes, in place (a copy of every document was a good part of the
 * garbage made at 100×); sets found.brackets when an attribute value holds < or >.
 */
function escapeText(parent: Root | Element, found: { brackets: boolean }): void {
  const { children } = parent;
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if (node.type === 'text') children[i] = { type: 'raw', value: xmlText(node.value) } as unknown as ElementContent;
    else if (node.type === 'element') {
      if (!found.brackets) found.brackets = Object.values(node.properties).some(hasBracket);
      escapeText(node, found);
    }
  }
}
