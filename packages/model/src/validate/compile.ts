import type { ValidateFunction } from 'ajv';
import standaloneCodeModule from 'ajv/dist/standalone/index.js';
import { createAjv, schemasByName, type ValidatorName } from './ajv.js';

// ajv's standalone entry is CommonJS; under NodeNext its default export arrives wrapped.
const standaloneCode = standaloneCodeModule as unknown as typeof standaloneCodeModule.default;

/** The validators compiled now, in this process (what running from src/ does; lib/ loads them precompiled). */
export function compileValidators(): Record<ValidatorName, ValidateFunction> {
  const ajv = createAjv();
  const compiled = Object.entries(schemasByName).map(([name, schema]) => [name, ajv.getSchema(schema.$id)!]);
  return Object.fromEntries(compiled) as Record<ValidatorName, ValidateFunction>;
}

/** The same validators as a CommonJS module's source, exporting one function per name (ajv standalone code). */
export function validatorsModule(): string {
  const ajv = createAjv({ code: { source: true, lines: false } });
  return standaloneCode(ajv, Object.fromEntries(Object.entries(schemasByName).map(([name, schema]) => [name, schema.$id])));
}
