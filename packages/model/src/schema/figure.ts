import { english, hindi, id, name } from './common.js';

/** A label of a figure: Hindi text at a point of the drawing, naming the model id it shows. */
export const figureLabel = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'kind', 'text', 'name', 'x', 'y', 'size', 'anchor'],
  properties: {
    id: { ...id, description: 'The gland, part, hormone, disorder or term the label names.' },
    kind: { enum: ['gland', 'part', 'hormone', 'disorder', 'term'] },
    text: { ...hindi, description: 'The label as drawn: the Hindi name of the id or one of its aliases.' },
    name,
    x: { type: 'number', description: 'Baseline point of the label, in the units of the figure (its viewBox).' },
    y: { type: 'number' },
    size: { type: 'number', exclusiveMinimum: 0, description: 'Font size, in the units of the figure.' },
    anchor: { enum: ['start', 'middle', 'end'], description: 'Which end of the text stands at x (SVG text-anchor).' },
  },
} as const;

/**
 * A figure placed by a chapter (`::figure[caption]{#id src=… alt=… en=…}`): a drawing whose labels are model ids.
 * `svg` is the sanitised drawing without its labels (viewBox 0 0 width height, only the elements and attributes
 * the loader allows); each builder draws `labels` itself, in the book's font.
 */
export const figureBlock = {
  type: 'object',
  additionalProperties: false,
  required: ['type', 'id', 'figure', 'src', 'caption', 'captionEn', 'alt', 'overview', 'width', 'height', 'svg', 'labels'],
  properties: {
    type: { const: 'figure' },
    id: { type: 'string', pattern: '^[a-z][a-z0-9-]*(/[a-z0-9-]+)*$' },
    figure: { ...id, description: 'The figure\'s own id (#id in the directive): Anki\'s occlusion notes hang on it.' },
    src: { type: 'string', pattern: '^figures/[a-z0-9]+(-[a-z0-9]+)*\\.svg$', description: 'The SVG file, relative to content/.' },
    caption: hindi,
    captionEn: english,
    alt: { ...hindi, description: 'What the figure shows, for readers who cannot see it.' },
    overview: { type: 'boolean', description: 'The overview figure must label every gland of the book.' },
    width: { type: 'number', exclusiveMinimum: 0 },
    height: { type: 'number', exclusiveMinimum: 0 },
    svg: { type: 'string', minLength: 1 },
    labels: { type: 'array', items: figureLabel },
  },
} as const;
