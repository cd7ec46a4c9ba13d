import { existsSync } from 'node:fs';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { ValidatorName } from './ajv.js';

/**
 * `npm run compile` writes the validators as ajv standalone code next to this file (lib/validate/validators.cjs):
 * loading them takes a few milliseconds, compiling the schemas at start-up took ~350 ms in every process.
 * From src/ (tests) they are compiled here instead.
 */
const precompiled = new URL('./validators.cjs', import.meta.url);

/** One check per schema, ready when this module has loaded. */
export const validators: Record<ValidatorName, ValidateFunction> = existsSync(precompiled)
  ? { ...((await import(precompiled.href)) as { default: Record<ValidatorName, ValidateFunction> }).default }
  : (await import('./compile.js')).compileValidators();

export type { ErrorObject };
