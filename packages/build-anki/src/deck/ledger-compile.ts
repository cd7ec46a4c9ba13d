import { Ajv, type Options, type ValidateFunction } from 'ajv';
import standaloneCodeModule from 'ajv/dist/standalone/index.js';
import type { Ledger } from './ledger.js';
import { ledgerSchema } from './ledger-schema.js';

// ajv's standalone entry is CommonJS; under NodeNext its default export arrives wrapped.
const standaloneCode = standaloneCodeModule as unknown as typeof standaloneCodeModule.default;
const ajv = (options: Options = {}) => new Ajv({ strict: true, ...options });

/** The ledger's check compiled now, in this process (what running from src/ does). */
export function compileLedgerValidator(): ValidateFunction<Ledger> {
  return ajv().compile(ledgerSchema);
}

/** The same check as a CommonJS module's source (ajv standalone code), its export the validate function. */
export function ledgerValidatorModule(): string {
  const compiler = ajv({ code: { source: true, lines: false } });
  return standaloneCode(compiler, compiler.compile(ledgerSchema));
}
