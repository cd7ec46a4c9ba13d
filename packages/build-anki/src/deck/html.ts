import type { Root, Element, ElementContent, Text } from 'hast';
import { h } from 'hastscript';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import type { Run } from '@book/model';

/** Only what our fields use: marks, lists, language spans and our own classes (the note type CSS styles them). */
const schema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: ['b', 'i', 'span', 'div', 'ul', 'li', 'br'],
  attributes: { '*': ['lang'], span: [['className', 'label', 'abbr']], div: [['className', 'signs', 'context', 'before']] },
  clobber: [],
};

const processor = unified().use(rehypeSanitize, schema).use(rehypeStringify, { characterReferences: { useNamedReferences: false } });

// Private-use characters stand for cloze markers in the tree; content never holds them (the model refuses them,
// and fieldHtml refuses any text node that is not one of these markers and holds one).
const CLOZE_OPEN = '\uE000';
const CLOZE_CLOSE = '\uE001';
const markers = new WeakSet<ElementContent>();

function marker(value: string): ElementContent {
  const node = text(value);
  markers.add(node);
  return node;
}

/** Text nodes that become `{{cN::` and `}}` in the field, the only Anki syntax a field may carry. */
export function clozeOpen(n: number): ElementContent {
  return marker(`${CLOZE_OPEN}${n}${CLOZE_OPEN}`);
}
export function clozeClose(): ElementContent {
  return marker(CLOZE_CLOSE);
}

// What must never reach a field from content: Anki's field separator (0x1F) and other controls split or corrupt
// a note, and private-use characters would turn into our cloze markers.
const FORBIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F\uE000-\uF8FF\u{F0000}-\u{10FFFF}]/u;

function refuseForbidden(nodes: readonly ElementContent[]): void {
  for (const node of nodes) {
    if (node.type === 'text' && !markers.has(node)) {
      const bad = FORBIDDEN.exec(node.value);
      if (bad) {
        const code = `U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
        throw new TypeError(`buildAnki: ${code} in ${JSON.stringify(node.value.slice(0, 40))} cannot go into an Anki field; the model refuses it (text-charset), so this Book did not come from loadBook`);
      }
    }
    if (node.type === 'element') refuseForbidden(node.children);
  }
}

/**
 * Anki reads its own markup in a field wherever it stands: `[sound:…]`, `[anki:tts]…[/anki:tts]`, `[$]…[/$]`,
 * `[latex]` in the field's HTML, and MathJax's `\(…\)` and `\[…\]` in its text. `[` and `]` as character references
 * are no markup to the first; a backslash in an element MathJax ignores (Anki's class, and MathJax 3's own) splits
 * the text MathJax searches for delimiters. Content shows as written.
 */
const MATHJAX_IGNORED_BACKSLASH = '<span class="tex2jax_ignore mathjax_ignore">\\</span>';

/**
 * Field HTML from hast children: sanitized, stringified, NFC. Braces, `::`, brackets and backslashes in the text
 * are written so that Anki shows them as they are instead of reading them as cloze, sound, TTS, LaTeX or MathJax
 * syntax (our own markup has none of these characters); then the cloze markers are put in.
 */
export function fieldHtml(children: ElementContent[]): string {
  refuseForbidden(children);
  return ankiField(children.every((node) => node.type === 'text') ? children.map((node) => escapeText((node as Text).value)).join('') : rehypeHtml(children));
}

function rehypeHtml(children: ElementContent[]): string {
  const tree: Root = { type: 'root', children };
  return String(processor.stringify(processor.runSync(tree) as Root));
}

/**
 * Text alone as rehype writes it (sanitizing leaves text as it is; stringify escapes `<` and `&`, hexadecimal with
 * named references off). Most fields are text alone (names, questions, sources), and the processor's run over a
 * tree was most of a field's cost (deck/html.test.ts checks the two agree).
 */
function escapeText(value: string): string {
  return value.replace(/&/g, '&#x26;').replace(/</g, '&#x3C;');
}

/** What ankiField rewrites; most fields hold none of it, and then the eight passes over them are skipped. */
const ANKI_REWRITES = new RegExp(`[{}[\\]\\\\${CLOZE_OPEN}${CLOZE_CLOSE}]|::`);

/** Anki's markup in our HTML, written as characters; then the cloze markers put in. */
function ankiField(html: string): string {
  const nfc = html.normalize('NFC');
  if (!ANKI_REWRITES.test(nfc)) return nfc;
  return nfc
    .replace(/\{/g, '&#x7B;')
    .replace(/\}/g, '&#x7D;')
    .replace(/::/g, ':&#x3A;')
    .replace(/\[/g, '&#x5B;')
    .replace(/\]/g, '&#x5D;')
    .replace(/\\/g, MATHJAX_IGNORED_BACKSLASH)
    .replace(new RegExp(`${CLOZE_OPEN}(\\d+)${CLOZE_OPEN}`, 'g'), '{{c$1::')
    .replace(new RegExp(CLOZE_CLOSE, 'g'), '}}');
}

/**
 * Hast for a run. Links are dropped to their text (book-internal #ids mean nothing inside Anki).
 * `strong` is left to the caller: a key term is bold on Term/Fact cards but a cloze deletion on Cloze cards.
 */
export function runContent(run: Run, strong: 'bold' | 'plain' = 'bold'): ElementContent {
  let node: ElementContent = { type: 'text', value: run.text };
  if (run.lang === 'en') node = h('span', { lang: 'en' }, [node]) as Element;
  if (run.emphasis) node = h('i', [node]) as Element;
  if (run.strong && strong === 'bold') node = h('b', [node]) as Element;
  return node;
}

export function runsContent(runs: readonly Run[]): ElementContent[] {
  return runs.map((run) => runContent(run));
}

export function text(value: string): ElementContent {
  return { type: 'text', value };
}

export { h };
