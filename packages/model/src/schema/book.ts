import { gland, id, noCloze, provenance, term } from './common.js';
import { figureBlock } from './figure.js';
import { bookYamlSchema, errataSchema } from './source.js';

/** A run of text with its marks. Runs are flat (no nesting) so every builder can lay them out directly. */
export const run = {
  type: 'object',
  additionalProperties: false,
  required: ['text'],
  properties: {
    text: { type: 'string', minLength: 1 },
    strong: { const: true, description: 'A key term: printed bold, a cloze deletion in Anki.' },
    emphasis: { const: true },
    lang: { const: 'en', description: 'Set on Latin-script runs inside Hindi text.' },
    href: { type: 'string', description: 'Link target: #id of a chapter, heading or glossary entry.' },
  },
} as const;

export const runs = { type: 'array', minItems: 1, items: run } as const;

/**
 * The widest table every output can print. The A5 page's text width is 331.5 pt; at the tables' 9 pt, six columns
 * leave 48 pt of text per cell (after 7 pt of padding), which holds 99 % of Hindi words (hunspell-hi: 99th
 * percentile 44 pt in bold). Seven leave 40 pt, and one word in a hundred would overrun its cell; thirty leave 4 pt.
 * The schema holds it so a Book JSON made by hand is refused too, not only Markdown (rule table-too-wide).
 */
export const MAX_TABLE_COLUMNS = 6;

const blockId = { type: 'string', pattern: '^[a-z][a-z0-9-]*(/[a-z0-9-]+)*$' } as const;

const corrects = {
  type: 'array',
  minItems: 1,
  items: blockId,
  description: 'On an editorial block: the ids of the source sentences (or list items) it corrects. Every output that uses such a sentence carries the correction.',
} as const;

export const block = {
  // A block is checked against the one branch its `type` names, so a problem is reported there alone.
  type: 'object',
  discriminator: { propertyName: 'type' },
  oneOf: [
    {
      type: 'object',
      additionalProperties: false,
      required: ['type', 'id', 'depth', 'runs'],
      properties: { type: { const: 'heading' }, id: blockId, depth: { enum: [2, 3, 4] }, runs },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['type', 'id', 'editorial', 'sentences'],
      properties: {
        type: { const: 'paragraph' },
        id: blockId,
        editorial: { type: 'boolean' },
        corrects,
        sentences: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['id', 'runs'],
            properties: {
              id: blockId,
              runs,
              gland: { ...id, description: 'The gland the sentence speaks of (named in it, in its section heading, or the chapter\'s own).' },
              part: { ...id, description: 'The part of that gland it speaks of, where known.' },
              antecedent: { ...blockId, description: 'For a sentence that refers back (इसे, इस ग्रंथि …): the sentence it refers back to.' },
            },
          },
        },
      },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['type', 'id', 'editorial', 'ordered', 'items'],
      properties: {
        type: { const: 'list' },
        id: blockId,
        editorial: { type: 'boolean' },
        corrects,
        ordered: { type: 'boolean' },
        items: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['id', 'runs'],
            properties: { id: blockId, runs },
          },
        },
      },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['type', 'id', 'editorial', 'header', 'rows'],
      properties: {
        type: { const: 'table' },
        id: blockId,
        editorial: { type: 'boolean' },
        header: { type: 'array', minItems: 1, maxItems: MAX_TABLE_COLUMNS, items: { type: 'array', items: run } },
        rows: { type: 'array', items: { type: 'array', minItems: 1, maxItems: MAX_TABLE_COLUMNS, items: { type: 'array', items: run } } },
      },
    },
    figureBlock,
  ],
} as const;

export const glossaryEntry = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'kind', 'name', 'from', 'chapter', 'uses'],
  properties: {
    id,
    kind: { enum: ['gland', 'part', 'hormone', 'disorder', 'term'] },
    name: term.properties.name,
    from: provenance,
    chapter: { ...id, description: 'Chapter that defines the entry.' },
    uses: {
      type: 'array',
      description: 'Blocks whose text uses the Hindi term, in reading order.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['chapter', 'block'],
        properties: { chapter: id, block: blockId },
      },
    },
  },
} as const;

export const chapter = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'file', 'title', 'titleEn', 'glands', 'terms', 'blocks'],
  properties: {
    id,
    file: { type: 'string', description: 'Source file, relative to content/.' },
    title: { type: 'string', minLength: 1 },
    titleEn: { type: 'string', minLength: 1 },
    glands: { type: 'array', items: gland },
    terms: { type: 'array', items: term },
    noCloze,
    blocks: { type: 'array', items: block },
  },
} as const;

const { $schema: _s, $id: _i, title: _t, ...meta } = bookYamlSchema;
const { chapters: _c, ...metaProperties } = meta.properties;

/** The validated, format-agnostic Book every builder receives: dist/<id>.json follows this schema. */
export const bookSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://schemas.invalid/hindi-study-books/book.json',
  title: 'Book',
  type: 'object',
  additionalProperties: false,
  required: ['schemaVersion', 'meta', 'chapters', 'glossary', 'errata'],
  properties: {
    schemaVersion: { const: 1 },
    meta: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'identifier', 'title', 'titleEn', 'language', 'edition', 'author', 'publisher', 'license', 'ui', 'modified'],
      properties: {
        ...metaProperties,
        modified: {
          type: 'string',
          format: 'date-time',
          description: 'The one timestamp every output uses: SOURCE_DATE_EPOCH if set, else book.yaml date, else the newest commit touching content/. Never the clock.',
        },
      },
    },
    chapters: { type: 'array', minItems: 1, items: chapter },
    glossary: { type: 'array', items: glossaryEntry },
    errata: errataSchema,
  },
} as const;
