import type { PhrasingContent } from 'mdast';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import type { Run } from '../schema/index.js';
import { fail, warn } from '../messages/report.js';
import { recordLink } from './links.js';
import { checkDecodedText, isCleanText } from './decoded-text.js';

type Marks = Omit<Run, 'text'>;

const LATIN = /[A-Za-z][A-Za-z0-9'’]*(?:(?:[.,\-–] ?| )[A-Za-z0-9][A-Za-z0-9'’]*)*/g;

/** Flatten Markdown phrasing content into runs with marks; Latin-script stretches get lang "en". */
export function toRuns(file: VFile, nodes: readonly PhrasingContent[]): Run[] {
  const runs: Run[] = [];
  const push = (text: string, marks: Marks) => {
    for (const piece of splitLatin(text)) {
      const run: Run = { text: piece.text, ...marks, ...(piece.latin ? { lang: 'en' as const } : {}) };
      const last = runs.at(-1);
      if (last && sameMarks(last, run)) last.text += run.text;
      else runs.push(run);
    }
  };
  const walk = (list: readonly PhrasingContent[], marks: Marks) => {
    for (const node of list) {
      switch (node.type) {
        case 'text':
          checkCharacterReferences(file, node);
          push(node.value.replace(/\s*\n\s*/g, ' '), marks);
          break;
        case 'inlineCode':
          push(node.value, marks);
          break;
        case 'break':
          push(' ', marks);
          break;
        case 'strong':
          walk(node.children, { ...marks, strong: true });
          break;
        case 'emphasis':
          walk(node.children, { ...marks, emphasis: true });
          break;
        case 'delete':
          walk(node.children, marks);
          break;
        case 'link':
          if (!/^#[a-z][a-z0-9-]*$/.test(node.url)) {
            fail(file, 'link-target', `Link to "${node.url}" leaves the book`, node.position);
          } else recordLink(file, node.url, node.position);
          walk(node.children, { ...marks, href: node.url });
          break;
        case 'html':
          warn(file, 'html-raw', `Raw HTML ${JSON.stringify(node.value.slice(0, 40))}`, node.position);
          push(node.value, marks);
          break;
        case 'image':
        case 'imageReference':
          fail(file, 'image-unsupported', 'An image', node.position);
          break;
        case 'textDirective':
          // The book defines no inline directives, so `display:none` or `ratio:x` is just text: keep it as written.
          push(sourceOf(file, node) ?? `:${node.name}`, marks);
          break;
        default:
          fail(file, 'markdown-unsupported', `Unsupported inline Markdown (${node.type})`, node.position);
      }
    }
  };
  walk(nodes, {});
  return trimRuns(runs);
}

const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,8})|#([0-9]{1,9})|[A-Za-z][A-Za-z0-9]{0,31});/g;

/**
 * A character reference (&#1;, &#xFFFE;, &#x958;) decodes to a character the raw-text check never saw: check the
 * decoded text as raw text is checked, pointing at the first reference that spells a character content may not use.
 */
function checkCharacterReferences(file: VFile, node: PhrasingContent & { value: string }): void {
  const source = sourceOf(file, node);
  const start = node.position?.start.offset;
  if (source === undefined || start === undefined || !source.includes('&')) return; // raw text: readSource checked it
  if (isCleanText(node.value)) return;
  for (const match of source.matchAll(REFERENCE)) {
    const hex = match[1];
    const code = hex !== undefined ? Number.parseInt(hex, 16) : match[2] !== undefined ? Number(match[2]) : undefined;
    if (code === undefined) continue;
    const char = code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
    if (isCleanText(char)) continue;
    const where = location(file);
    const place = { start: where.toPoint(start + match.index)!, end: where.toPoint(start + match.index + match[0].length)! };
    checkDecodedText(file, char, place, match[0]);
    return;
  }
  checkDecodedText(file, node.value, node.position, 'character references');
}

function sourceOf(file: VFile, node: PhrasingContent): string | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : String(file.value).slice(start, end);
}

function sameMarks(a: Run, b: Run): boolean {
  return a.strong === b.strong && a.emphasis === b.emphasis && a.lang === b.lang && a.href === b.href;
}

function* splitLatin(text: string): Generator<{ text: string; latin: boolean }> {
  let at = 0;
  for (const match of text.matchAll(LATIN)) {
    if (match.index > at) yield { text: text.slice(at, match.index), latin: false };
    yield { text: match[0], latin: true };
    at = match.index + match[0].length;
  }
  if (at < text.length) yield { text: text.slice(at), latin: false };
}

/** Trim white space at both ends of a run list and drop runs left empty. */
export function trimRuns(runs: Run[]): Run[] {
  const out = runs.map((run) => ({ ...run }));
  while (out.length && !(out[0]!.text = out[0]!.text.trimStart())) out.shift();
  while (out.length && !(out.at(-1)!.text = out.at(-1)!.text.trimEnd())) out.pop();
  return out;
}
