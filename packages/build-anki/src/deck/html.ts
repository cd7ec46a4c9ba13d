import type { Root, Element, ElementContent } from 'hast';
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

// Private-use characters stand for cloze markers in the tree; content never holds them (the model refuses them).
const CLOZE_OPEN = '\uE000';
const CLOZE_CLOSE = '\uE001';

/** Text nodes that become `{{cN::` and `}}` in the field, the only Anki syntax a field may carry. */
export function clozeOpen(n: number): ElementContent {
  return text(`${CLOZE_OPEN}${n}${CLOZE_OPEN}`);
}
export function clozeClose(): ElementContent {
  return text(CLOZE_CLOSE);
}

/**
 * Field HTML from hast children: sanitized, stringified, NFC. Braces and `::` in the text are written as character
 * references, so Anki shows them as they are instead of reading them as cloze syntax; then the cloze markers are put in.
 */
export function fieldHtml(children: ElementContent[]): string {
  const tree: Root = { type: 'root', children };
  return String(processor.stringify(processor.runSync(tree) as Root))
    .normalize('NFC')
    .replace(/\{/g, '&#x7B;')
    .replace(/\}/g, '&#x7D;')
    .replace(/::/g, ':&#x3A;')
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
