/**
 * What a figure's SVG may contain. An allow-list: everything else is refused, so a figure can neither run code
 * nor fetch anything in a reader, and the PDF, the EPUB and Anki draw it alike.
 */

/** Presentation attributes any drawing element may carry. */
const PAINT = ['fill', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin', 'stroke-dasharray', 'stroke-miterlimit', 'fill-rule', 'transform'];

export const ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  svg: ['viewBox', 'width', 'height', 'version', ...PAINT.filter((a) => a !== 'transform')],
  g: PAINT,
  path: ['d', ...PAINT],
  rect: ['x', 'y', 'width', 'height', 'rx', 'ry', ...PAINT],
  circle: ['cx', 'cy', 'r', ...PAINT],
  ellipse: ['cx', 'cy', 'rx', 'ry', ...PAINT],
  line: ['x1', 'y1', 'x2', 'y2', ...PAINT],
  polyline: ['points', ...PAINT],
  polygon: ['points', ...PAINT],
  // Labels: plain text at a point; each builder draws them in the book's font.
  text: ['x', 'y', 'font-size', 'text-anchor', 'data-id', 'fill'],
  // Notes for the author; the outputs use the chapter's alt text instead.
  title: [],
  desc: [],
};

/** Attributes of the root <svg> that the output writes itself (viewBox) or leaves to each builder (size). */
export const ROOT_ONLY = new Set(['viewBox', 'width', 'height', 'version']);

/** Elements refused as unsafe, not merely unsupported, and why. */
export const UNSAFE_ELEMENTS: Readonly<Record<string, string>> = {
  script: 'a script',
  foreignObject: 'a <foreignObject> (HTML inside the drawing)',
  image: 'an embedded or linked image',
  feImage: 'an embedded or linked image',
  iframe: 'an embedded document',
  object: 'an embedded object',
  embed: 'an embedded object',
  a: 'a link',
  use: 'a reference to other content (<use>)',
  animate: 'an animation',
  set: 'an animation',
  animateTransform: 'an animation',
  handler: 'a script',
  listener: 'a script',
};

export const MAX_DEPTH = 12;
export const MAX_FIGURE_BYTES = 512 * 1024;

export const SVG_NS = 'http://www.w3.org/2000/svg';

const COLOR = /^(none|#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}|[a-z]{3,20})$/;
const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)$/;
const NUMBERS = /^[-+0-9.eE,\s]*$/;
const PATH = /^[MmZzLlHhVvCcSsQqTtAa0-9eE.,\s+-]*$/;
const TRANSFORM = /^((matrix|translate|scale|rotate|skewX|skewY)\([-+0-9.eE,\s]*\)[\s,]*)+$/;

/** Why an allowed attribute's value is refused, or undefined when it is fine. */
export function badValue(name: string, value: string): string | undefined {
  switch (name) {
    case 'fill':
    case 'stroke':
      return COLOR.test(value) ? undefined : 'a colour other than a name, #rgb or #rrggbb';
    case 'd':
      return PATH.test(value) ? undefined : 'path data with characters other than commands and numbers';
    case 'points':
    case 'viewBox':
    case 'stroke-dasharray':
      return NUMBERS.test(value) ? undefined : 'a list that is not only numbers';
    case 'transform':
      return TRANSFORM.test(value) ? undefined : 'a transform other than matrix/translate/scale/rotate/skew';
    case 'stroke-linecap':
      return ['butt', 'round', 'square'].includes(value) ? undefined : 'an unknown line cap';
    case 'stroke-linejoin':
      return ['miter', 'round', 'bevel'].includes(value) ? undefined : 'an unknown line join';
    case 'fill-rule':
      return ['nonzero', 'evenodd'].includes(value) ? undefined : 'an unknown fill rule';
    case 'text-anchor':
      return ['start', 'middle', 'end'].includes(value) ? undefined : 'an unknown text-anchor';
    case 'data-id':
    case 'version':
      return undefined;
    default:
      return NUMBER.test(value.replace(/px$/, '')) ? undefined : 'a value that is not a number';
  }
}
