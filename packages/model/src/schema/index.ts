import type { FromSchema } from 'json-schema-to-ts';
import type { block, bookSchema, chapter, glossaryEntry, run } from './book.js';
import type { disorder, gland, hormone, part, term } from './common.js';
import type { figureBlock, figureLabel } from './figure.js';
import type { bookYamlSchema, errataSchema, frontmatterSchema } from './source.js';

export { bookSchema, MAX_TABLE_COLUMNS } from './book.js';
export { bookYamlSchema, errataSchema, frontmatterSchema } from './source.js';

export type Book = FromSchema<typeof bookSchema>;
export type BookMeta = Book['meta'];
export type Chapter = FromSchema<typeof chapter>;
export type Block = FromSchema<typeof block>;
export type Run = FromSchema<typeof run>;
export type GlossaryEntry = FromSchema<typeof glossaryEntry>;
export type Gland = FromSchema<typeof gland>;
export type Part = FromSchema<typeof part>;
export type Hormone = FromSchema<typeof hormone>;
export type Disorder = FromSchema<typeof disorder>;
export type Term = FromSchema<typeof term>;
export type BookYaml = FromSchema<typeof bookYamlSchema>;
export type Frontmatter = FromSchema<typeof frontmatterSchema>;
export type Errata = FromSchema<typeof errataSchema>;
export type FigureBlock = FromSchema<typeof figureBlock>;
export type FigureLabel = FromSchema<typeof figureLabel>;
