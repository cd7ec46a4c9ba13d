import { DOMParser, type Element as XmlElement, type Node as XmlNode } from '@xmldom/xmldom';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { fail } from '../messages/report.js';
import { badValue, ROOT_ONLY, ELEMENTS, MAX_DEPTH, SVG_NS, UNSAFE_ELEMENTS } from './svg-policy.js';

/** A label as found in the SVG, before its id is resolved against the model. */
export interface RawLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  size: number;
  anchor: 'start' | 'middle' | 'end';
  place: Point;
}

export interface SanitizedSvg {
  /** The drawing without its labels: only allowed elements and attributes, re-serialised. */
  svg: string;
  width: number;
  height: number;
  labels: RawLabel[];
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;
const PI_NODE = 7;
const COMMENT_NODE = 8;

/**
 * A figure's SVG (the decoded text of `file`) → its sanitised drawing and labels, or undefined with positioned
 * messages on `file`. The SVG is untrusted: it is parsed as XML (never as HTML, never with entities or a DOCTYPE)
 * and rebuilt from an allow-list, so nothing the file holds beyond that list reaches an output.
 */
export function sanitizeSvg(file: VFile): SanitizedSvg | undefined {
  const text = String(file.value);
  const where = location(text);
  const before = file.messages.length;
  const declaration = /<!(DOCTYPE|ENTITY)/i.exec(text);
  if (declaration) {
    fail(file, 'svg-unsafe', `A <!${declaration[1]}> declaration (entities can expand or fetch content)`, where.toPoint(declaration.index));
    return undefined;
  }
  let doc;
  try {
    doc = new DOMParser({
      onError: (level, message, context) => {
        if (level === 'warning') return;
        const at = (context as { locator?: { lineNumber?: number; columnNumber?: number } } | undefined)?.locator;
        fail(file, 'svg-syntax', `XML: ${message}`, at?.lineNumber ? { line: at.lineNumber, column: at.columnNumber ?? 1 } : undefined);
      },
    }).parseFromString(text, 'image/svg+xml');
  } catch (error) {
    const at = (error as { locator?: { lineNumber?: number; columnNumber?: number } }).locator;
    if (file.messages.length === before) {
      fail(file, 'svg-syntax', `XML: ${(error as Error).message}`, at?.lineNumber ? { line: at.lineNumber, column: at.columnNumber ?? 1 } : undefined);
    }
    return undefined;
  }
  if (file.messages.some((m, i) => i >= before && m.fatal)) return undefined;
  const root = doc.documentElement;
  if (!root || root.localName !== 'svg' || root.namespaceURI !== SVG_NS) {
    fail(file, 'svg-syntax', `The root element is <${root?.nodeName ?? '(none)'}>, not <svg xmlns="${SVG_NS}">`, root ? placeOf(root) : { line: 1, column: 1 });
    return undefined;
  }
  const viewBox = (root.getAttribute('viewBox') ?? '').trim().split(/[\s,]+/).map(Number);
  const [minX, minY, width, height] = viewBox;
  if (viewBox.length !== 4 || minX !== 0 || minY !== 0 || !(width! > 0) || !(height! > 0) || viewBox.some((n) => !Number.isFinite(n))) {
    fail(file, 'svg-viewbox', `The viewBox is "${root.getAttribute('viewBox') ?? ''}"`, placeOf(root));
    return undefined;
  }

  const labels: RawLabel[] = [];
  const out: string[] = [];
  // Depth-first without recursion: a hostile file may nest thousands of levels.
  type Frame = { node: XmlNode; depth: number; transformed: boolean; close?: string };
  const stack: Frame[] = [{ node: root, depth: 1, transformed: false }];
  while (stack.length) {
    const frame = stack.pop()!;
    if (frame.close !== undefined) {
      out.push(frame.close);
      continue;
    }
    const { node, depth } = frame;
    if (node.nodeType === COMMENT_NODE) continue;
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) {
      if ((node.nodeValue ?? '').trim()) fail(file, 'svg-unsupported', 'Text outside a <text> label', placeOf(node));
      continue;
    }
    if (node.nodeType === PI_NODE) {
      fail(file, 'svg-unsafe', `A processing instruction <?${node.nodeName}?>`, placeOf(node));
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const element = node as XmlElement;
    const name = element.localName ?? element.nodeName;
    if (depth > MAX_DEPTH) {
      fail(file, 'svg-too-deep', `<${element.nodeName}> is nested ${depth} levels deep, over the limit of ${MAX_DEPTH}`, placeOf(element));
      return undefined;
    }
    if (element.namespaceURI !== SVG_NS || UNSAFE_ELEMENTS[name] || !ELEMENTS[name]) {
      const unsafe = UNSAFE_ELEMENTS[name];
      if (unsafe) fail(file, 'svg-unsafe', `<${element.nodeName}>: ${unsafe}`, placeOf(element));
      else fail(file, 'svg-unsupported', `The element <${element.nodeName}>`, placeOf(element));
      continue;
    }
    const attributes = checkAttributes(file, element, name);
    if (!attributes) continue;
    if (name === 'title' || name === 'desc') continue;
    if (name === 'text') {
      const label = readLabel(file, element, attributes, frame.transformed);
      if (label) labels.push(label);
      continue;
    }
    const kept = Object.entries(attributes).filter(([key]) => name !== 'svg' || !ROOT_ONLY.has(key));
    const head = name === 'svg' ? `<svg xmlns="${SVG_NS}" viewBox="0 0 ${width} ${height}"` : `<${name}`;
    out.push(`${head}${kept.map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`).join('')}>`);
    stack.push({ node, depth, transformed: false, close: `</${name}>` });
    const transformed = frame.transformed || 'transform' in attributes;
    const children: XmlNode[] = [];
    for (let child = element.firstChild; child; child = child.nextSibling) children.push(child);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, depth: depth + 1, transformed });
  }
  if (file.messages.some((m, i) => i >= before && m.fatal)) return undefined;
  return { svg: out.join(''), width: width!, height: height!, labels };
}

/** The element's attributes when all are allowed (name → value), else undefined with messages on `file`. */
function checkAttributes(file: VFile, element: XmlElement, name: string): Record<string, string> | undefined {
  const allowed = ELEMENTS[name]!;
  const result: Record<string, string> = {};
  let ok = true;
  for (let i = 0; i < element.attributes.length; i++) {
    const attribute = element.attributes.item(i)!;
    const key = attribute.name;
    const value = attribute.value;
    const place = placeOf(attribute) ?? placeOf(element);
    const refused = (rule: 'svg-unsafe' | 'svg-unsupported', what: string) => {
      fail(file, rule, `The attribute ${key}="${value.slice(0, 60)}" on <${element.nodeName}>: ${what}`, place);
      ok = false;
    };
    if (/^on/i.test(key)) refused('svg-unsafe', 'an event handler (script)');
    else if (/(^|:)href$/i.test(key)) refused(value.trim().startsWith('#') ? 'svg-unsupported' : 'svg-unsafe', value.trim().startsWith('#') ? 'a reference' : 'an external reference');
    else if (/data:/i.test(value)) refused('svg-unsafe', 'embedded data (a data: URI)');
    else if (/url\s*\(/i.test(value)) refused(/url\s*\(\s*['"]?#/i.test(value) ? 'svg-unsupported' : 'svg-unsafe', 'a url() reference');
    else if (key === 'xmlns' || key.startsWith('xmlns:')) {
      if (name !== 'svg') refused('svg-unsupported', 'a namespace declaration below the root');
    } else if (key === 'style') refused('svg-unsupported', 'CSS (write presentation attributes such as fill="…" instead)');
    else if (!allowed.includes(key)) refused('svg-unsupported', 'not an attribute figures may use');
    else {
      const bad = badValue(key, value.trim());
      if (bad) refused('svg-unsupported', bad);
      else result[key] = value.trim();
    }
  }
  return ok ? result : undefined;
}

function readLabel(file: VFile, element: XmlElement, attributes: Record<string, string>, transformed: boolean): RawLabel | undefined {
  const place = placeOf(element) ?? { line: 1, column: 1 };
  let text = '';
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_NODE) text += child.nodeValue ?? '';
    else if (child.nodeType !== COMMENT_NODE) {
      fail(file, 'svg-unsupported', `<${child.nodeName}> inside a label: a label is one line of plain text`, placeOf(child));
      return undefined;
    }
  }
  text = text.replace(/\s+/g, ' ').trim();
  const id = attributes['data-id'];
  if (!id) {
    fail(file, 'figure-label-id', `The label "${text}" has no data-id`, place);
    return undefined;
  }
  if (transformed) {
    fail(file, 'svg-unsupported', `The label "${text}" is inside a transformed group`, place);
    return undefined;
  }
  if (!text) {
    fail(file, 'figure-label-text', `The label for "${id}" is empty`, place);
    return undefined;
  }
  const x = Number(attributes.x);
  const y = Number(attributes.y);
  const size = Number((attributes['font-size'] ?? '').replace(/px$/, ''));
  if (!Number.isFinite(x) || !Number.isFinite(y) || !(size > 0)) {
    fail(file, 'svg-unsupported', `The label "${text}" needs x, y and font-size as plain numbers`, place);
    return undefined;
  }
  const anchor = (attributes['text-anchor'] ?? 'start') as RawLabel['anchor'];
  return { id, text, x, y, size, anchor, place };
}

function placeOf(node: XmlNode): Point | undefined {
  const { lineNumber, columnNumber } = node as unknown as { lineNumber?: number; columnNumber?: number };
  return lineNumber ? { line: lineNumber, column: columnNumber ?? 1 } : undefined;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
