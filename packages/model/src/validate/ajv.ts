import { Ajv2020, type Options } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { bookSchema, bookYamlSchema, errataSchema, frontmatterSchema } from '../schema/index.js';

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/** The schemas the model validates against, by the name `validators` gives their checks. */
export const schemasByName = { bookYaml: bookYamlSchema, frontmatter: frontmatterSchema, errata: errataSchema, book: bookSchema } as const;

export type ValidatorName = keyof typeof schemasByName;

/** One Ajv instance with every schema added, configured as all of the model's validation is. */
export function createAjv(options: Options = {}): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, discriminator: true, ...options });
  addFormats(ajv);
  for (const schema of Object.values(schemasByName)) ajv.addSchema(schema);
  return ajv;
}
