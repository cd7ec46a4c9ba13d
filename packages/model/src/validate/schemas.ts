import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { ValidatorName } from './ajv.js';

/**
 * `npm run compile` writes the validators as ajv standalone code next to this file (lib/validate/validators.cjs):
 * loading them takes a few milliseconds, compiling the schemas at start-up took ~350 ms in every process.
 * From src/ (tests) they are compiled here instead. They are loaded with require, not import: import runs Node's
 * CommonJS export scanner over the 0.5 MB file first, 35–80 ms of every command that reads a Book.
 */
const precompiled = new URL('./validators.cjs', import.meta.url);

/** One check per schema, ready when this module has loaded. */
export const validators: Record<ValidatorName, ValidateFunction> = existsSync(precompiled)
  ? { ...(createRequire(import.meta.url)('./validators.cjs') as Record<ValidatorName, ValidateFunction>) }
  : (await import('./compile.js')).compileValidators();

export type { ErrorObject };
