import { gland, hindi, id, english, noCloze, term } from './common.js';

/** content/book.yaml */
export const bookYamlSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://schemas.invalid/hindi-study-books/book.yaml.json',
  title: 'book.yaml',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'identifier', 'title', 'titleEn', 'language', 'edition', 'author', 'publisher', 'license', 'chapters', 'ui'],
  properties: {
    id: { ...id, description: 'Base name of every output file, e.g. endocrine-system → dist/endocrine-system.pdf.' },
    identifier: {
      type: 'string',
      pattern: '^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$',
      description: 'The book\'s permanent identifier (EPUB dc:identifier). Never change it.',
    },
    title: hindi,
    subtitle: hindi,
    titleEn: english,
    language: { const: 'hi', description: 'Language of the text (BCP 47).' },
    edition: { type: 'string', minLength: 1, maxLength: 40 },
    date: { type: 'string', format: 'date', description: 'Publication date. Outputs use SOURCE_DATE_EPOCH when set, else this.' },
    author: hindi,
    publisher: hindi,
    license: { type: 'string', minLength: 1, maxLength: 200 },
    source: {
      type: 'object',
      additionalProperties: false,
      required: ['title', 'url'],
      properties: { title: { type: 'string', minLength: 1 }, url: { type: 'string', format: 'uri' } },
      description: 'Where the original text comes from (attribution only; never fetched).',
    },
    description: hindi,
    chapters: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*\\.md$' },
      description: 'Chapter files in content/, in reading order.',
    },
    ui: {
      type: 'object',
      additionalProperties: false,
      required: [
        'contents', 'page', 'glossary', 'chapter', 'hormones', 'disorders', 'hormone', 'disorder', 'part',
        'effect', 'regulation', 'location', 'signs', 'hyper', 'hypo', 'other', 'editorial', 'cover', 'source', 'term',
        'madeIn', 'releasedFrom', 'regulatedBy', 'cause', 'textbook', 'gland', 'glossaryLegend',
      ],
      properties: {
        contents: hindi, page: hindi, glossary: hindi, chapter: hindi, hormones: hindi, disorders: hindi,
        hormone: hindi, disorder: hindi, part: hindi, effect: hindi, regulation: hindi, location: hindi,
        signs: hindi, hyper: hindi, hypo: hindi, other: hindi, editorial: hindi, cover: hindi, source: hindi, term: hindi,
        madeIn: hindi, releasedFrom: hindi, regulatedBy: hindi, cause: hindi, textbook: hindi, gland: hindi,
        glossaryLegend: { ...hindi, description: 'Printed under the PDF glossary\'s heading: what a page number in bold means (the page the term is defined on).' },
      },
      description: 'Words the outputs print around the content, in Hindi.',
    },
  },
} as const;

/** The YAML frontmatter of a chapter file. */
export const frontmatterSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://schemas.invalid/hindi-study-books/frontmatter.json',
  title: 'chapter frontmatter',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'titleEn'],
  properties: {
    id,
    title: hindi,
    titleEn: english,
    glands: { type: 'array', items: gland, description: 'The glands this chapter describes, with their structured facts.' },
    terms: { type: 'array', items: term, description: 'Other key terms this chapter introduces, for the glossary.' },
    noCloze: noCloze,
  },
} as const;

/** content/errata.yaml */
export const errataSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://schemas.invalid/hindi-study-books/errata.json',
  title: 'errata.yaml',
  type: 'array',
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['original', 'corrected', 'reason'],
    properties: {
      original: { type: 'string', minLength: 1 },
      corrected: { type: 'string' },
      reason: { type: 'string', minLength: 1 },
    },
  },
} as const;
