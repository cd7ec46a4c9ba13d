/** What figures add to the sanitiser's allow-list: the model's SVG elements and presentation attributes (hast property names). */
export const FIGURE_TAGS = ['figure', 'figcaption', 'svg', 'title', 'g', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text'];

const PAINT = ['fill', 'stroke', 'strokeWidth', 'strokeLineCap', 'strokeLineJoin', 'strokeDashArray', 'strokeMiterLimit', 'fillRule', 'transform'];

export const FIGURE_ATTRIBUTES: Record<string, string[]> = {
  svg: ['xmlns', 'viewBox', 'ariaLabel', ...PAINT],
  g: PAINT,
  path: ['d', ...PAINT],
  rect: ['x', 'y', 'width', 'height', 'rx', 'ry', ...PAINT],
  circle: ['cx', 'cy', 'r', ...PAINT],
  ellipse: ['cx', 'cy', 'rx', 'ry', ...PAINT],
  line: ['x1', 'y1', 'x2', 'y2', ...PAINT],
  polyline: ['points', ...PAINT],
  polygon: ['points', ...PAINT],
  text: ['x', 'y', 'fontSize', 'textAnchor'],
};
