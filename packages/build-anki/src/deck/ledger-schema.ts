import type { JSONSchemaType } from 'ajv';
import type { Ledger, LedgerEntry } from './ledger.js';

export const MOD_RULE = 'a mod is a time in whole seconds: a non-negative safe integer, which SQLite stores as an INTEGER';

const entry: JSONSchemaType<LedgerEntry> = {
  type: 'object',
  properties: {
    hash: { type: 'string', pattern: '^[0-9a-f]{32}$' },
    mod: { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER },
  },
  required: ['hash', 'mod'],
  additionalProperties: false,
};

/** The ledger file (anki-ledger.json, dist/<id>.anki-ledger.json): which mod each published note and note type has. */
export const ledgerSchema: JSONSchemaType<Ledger> = {
  type: 'object',
  properties: {
    schemaVersion: { type: 'integer', const: 1 },
    notes: { type: 'object', propertyNames: { minLength: 1 }, additionalProperties: entry, required: [] },
    noteTypes: { type: 'object', propertyNames: { pattern: '^[0-9]+$' }, additionalProperties: entry, required: [] },
  },
  required: ['schemaVersion', 'notes', 'noteTypes'],
  additionalProperties: false,
};
