import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { bookSchema, bookYamlSchema, errataSchema, frontmatterSchema } from '../schema/index.js';

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv);

/** Validators compiled once per process. */
export const validators: Record<'bookYaml' | 'frontmatter' | 'errata' | 'book', ValidateFunction> = {
  bookYaml: ajv.compile(bookYamlSchema),
  frontmatter: ajv.compile(frontmatterSchema),
  errata: ajv.compile(errataSchema),
  book: ajv.compile(bookSchema),
};

export type { ErrorObject };
