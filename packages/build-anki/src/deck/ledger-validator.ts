import { existsSync } from 'node:fs';
import type { ValidateFunction } from 'ajv';
import type { Ledger } from './ledger.js';

/**
 * `npm run compile` writes the ledger's check as ajv standalone code next to this file (lib/deck/ledger-validator.cjs,
 * see write-ledger-validator.ts): importing ajv and compiling the schema took a few hundred ms of every deck build.
 * From src/ (tests) it is compiled here instead, as @book/model does with the Book's schemas.
 */
const precompiled = new URL('./ledger-validator.cjs', import.meta.url);

export const validLedger: ValidateFunction<Ledger> = existsSync(precompiled)
  ? ((await import(precompiled.href)) as { default: ValidateFunction<Ledger> }).default
  : (await import('./ledger-compile.js')).compileLedgerValidator();
