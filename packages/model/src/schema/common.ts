/** Building blocks shared by the source and the Book schemas. Plain objects, inlined (no $ref), so
 * json-schema-to-ts can derive exact TypeScript types from them. */

export const id = {
  type: 'string',
  pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$',
  maxLength: 64,
  description: 'Stable identifier: lowercase ASCII letters, digits and single hyphens. Never change it once published: Anki review history hangs on it.',
} as const;

export const hindi = {
  type: 'string',
  minLength: 1,
  maxLength: 2000,
  description: 'Hindi text in Devanagari (NFC).',
} as const;

export const english = {
  type: 'string',
  minLength: 1,
  maxLength: 2000,
  pattern: '^[^\\u0900-\\u097F]*$',
  description: 'English text (no Devanagari).',
} as const;

export const name = {
  type: 'object',
  additionalProperties: false,
  required: ['hi', 'en'],
  properties: {
    hi: hindi,
    en: english,
    aliases: {
      type: 'array',
      items: hindi,
      uniqueItems: true,
      description: 'Other Hindi spellings or short forms used in the prose (e.g. हारमोन for हार्मोन); the glossary finds uses by these too.',
    },
    plural: { const: true, description: 'The Hindi name is grammatically plural (लैंगरहैंस की द्वीपिकाएँ): generated questions agree with it.' },
    textbook: {
      type: 'array',
      items: hindi,
      minItems: 1,
      uniqueItems: true,
      description: 'The word today\'s Hindi-medium textbooks (NCERT) use, where it differs from the book\'s (e.g. थायरॉइड ग्रंथि, अवटु ग्रंथि for अवटुका ग्रंथि). Shown beside the name in the glossary and on Term cards, and searched like an alias.',
    },
  },
  description: 'A name in Hindi with its English gloss.',
} as const;

export const provenance = {
  enum: ['source', 'editorial'],
  description: 'source: the source text says it; editorial: the editors added or corrected it (every output marks it).',
} as const;

export const text = {
  type: 'object',
  additionalProperties: false,
  required: ['hi', 'from'],
  properties: { hi: hindi, en: english, from: provenance },
  description: 'A short statement in Hindi, optionally with an English gloss, and where it comes from.',
} as const;

export const part = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'from'],
  properties: { id, name, from: provenance },
  description: 'A part or lobe of a gland.',
} as const;

export const hormone = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'from', 'effect'],
  properties: {
    id,
    name,
    from: provenance,
    abbr: { type: 'string', pattern: '^[A-Za-z0-9-]{1,12}$', description: 'Usual abbreviation, e.g. TSH.' },
    part: { ...id, description: 'Id of the part (in this gland) that makes the hormone.' },
    madeIn: {
      ...id,
      description: 'Id of a gland or part elsewhere in the book that makes the hormone, when this gland only stores and releases it (oxytocin: made in the hypothalamus). Not together with `part`.',
    },
    releasedFrom: { ...id, description: 'With `madeIn`: id of the part (in this gland) that stores and releases the hormone.' },
    effect: text,
    regulation: text,
    regulatedBy: {
      type: 'array',
      items: id,
      uniqueItems: true,
      description: 'Ids of hormones (anywhere in the book) that regulate this one.',
    },
  },
  description: 'A hormone a gland makes.',
} as const;

export const disorder = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'from', 'kind', 'of'],
  properties: {
    id,
    name,
    from: provenance,
    kind: {
      enum: ['hyper', 'hypo', 'other'],
      description: 'hyper: caused by too much activity; hypo: by too little; other: e.g. a tumour.',
    },
    of: { ...id, description: 'Id of the gland, part or hormone whose hyper- or hypofunction causes it.' },
    cause: text,
    signs: { type: 'array', minItems: 1, items: text, description: 'Signs and symptoms, in Hindi, each with where it comes from.' },
  },
  description: 'A disorder of a gland.',
} as const;

export const gland = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'from', 'location'],
  properties: {
    id,
    name,
    from: provenance,
    location: text,
    parts: { type: 'array', items: part, description: 'Parts or lobes; hormones name the part that makes them.' },
    hormones: { type: 'array', items: hormone, description: 'Hormones the gland makes.' },
    disorders: { type: 'array', items: disorder, description: 'Disorders of over- or underactivity.' },
  },
  description: 'A gland and its structured facts.',
} as const;

export const term = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'from'],
  properties: { id, name, from: provenance },
  description: 'Another key term for the glossary.',
} as const;

export const noCloze = {
  type: 'array',
  items: hindi,
  uniqueItems: true,
  description: 'Bold terms of this chapter that stay bold but are not deleted on Anki cloze cards, although they are names of the book (e.g. a name used in passing).',
} as const;
