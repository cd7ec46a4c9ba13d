import type { FigureBlock } from '@book/model';
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import type { Element, ElementContent } from 'hast';
import { h, s } from 'hastscript';
import { htmlId } from './files.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * A figure as `<figure>`: the drawing as inline SVG (role="img", the alt text as its accessible name and <title>),
 * its labels as SVG <text> in the body font (the embedded subset covers them: text-by-weight.ts reads them from
 * this tree), then the caption with its English gloss.
 */
export function figureToHast(block: FigureBlock): Element {
  const titleId = `${htmlId(block.id)}-title`;
  const drawing = drawingToHast(block.svg);
  const labels = block.labels.map((label) =>
    s('text', { x: label.x, y: label.y, fontSize: label.size, textAnchor: label.anchor }, [{ type: 'text', value: label.text }]),
  );
  const svg = s(
    'svg',
    { xmlns: SVG_NS, viewBox: `0 0 ${block.width} ${block.height}`, role: 'img', ariaLabel: block.alt, ariaLabelledBy: titleId, className: ['figure-drawing'] },
    [s('title', { id: titleId }, [{ type: 'text', value: block.alt }]), ...drawing, s('g', labels)],
  );
  return h('figure', { id: htmlId(block.id), className: ['figure'] }, [
    svg,
    h('figcaption', [
      { type: 'text', value: block.caption },
      h('br'),
      h('span', { className: ['gloss', 'caption-en'], lang: 'en', xmlLang: 'en' }, [{ type: 'text', value: block.captionEn }]),
    ]),
  ]);
}

/**
 * The drawings parsed lately, by their SVG: a big book repeats a figure's drawing, and parsing it again with xmldom
 * was most of the figures' cost. The nodes are shared between figures and builds and are never changed (the
 * sanitiser and the serialiser make new trees); the last few are kept, for watch mode.
 */
const drawings = new Map<string, ElementContent[]>();
const KEPT_DRAWINGS = 64;

/** The model's sanitised drawing (an <svg> string) → the hast of its children, for the sanitiser to check again. */
function drawingToHast(svg: string): ElementContent[] {
  let drawing = drawings.get(svg);
  if (!drawing) {
    drawing = parseDrawing(svg);
    drawings.set(svg, drawing);
    for (const old of drawings.keys()) if (drawings.size > KEPT_DRAWINGS) drawings.delete(old);
  }
  return drawing;
}

function parseDrawing(svg: string): ElementContent[] {
  const root = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  if (!root || root.namespaceURI !== SVG_NS) throw new TypeError('figureToHast: block.svg is not the SVG the model writes; rebuild the Book');
  return childrenOf(root);
}

function childrenOf(element: XmlElement): ElementContent[] {
  const out: ElementContent[] = [];
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType !== 1) continue;
    const el = child as XmlElement;
    const properties: Record<string, string> = {};
    for (let i = 0; i < el.attributes.length; i++) {
      const attribute = el.attributes.item(i)!;
      properties[attribute.name] = attribute.value;
    }
    out.push(s(el.localName ?? el.nodeName, properties, childrenOf(el)));
  }
  return out;
}
