import type { VFile } from 'vfile';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { fail } from '../messages/report.js';
import type { PositionedYaml } from '../load/yaml.js';

/** Validate YAML data against a compiled schema, reporting each violation at its YAML node. */
export function checkSchema(file: VFile, yaml: PositionedYaml, validate: ValidateFunction, what: string): boolean {
  if (validate(yaml.data)) return true;
  for (const error of relevant(validate.errors ?? [])) {
    const path = pointerToPath(error.instancePath);
    const where = path.length ? `${what} ${path.join('.')}` : what;
    switch (error.keyword) {
      case 'required': {
        const field = String(error.params.missingProperty);
        if (field === 'from') fail(file, 'fact-provenance', `${where}: no "from" (source or editorial)`, yaml.place(path));
        else fail(file, 'schema-required', `${where}: missing field "${field}"`, yaml.place(path));
        break;
      }
      case 'additionalProperties': {
        const key = String(error.params.additionalProperty);
        fail(file, 'schema-unknown-key', `${where}: unknown key "${key}"`, yaml.place(path, key));
        break;
      }
      case 'type':
        fail(file, 'schema-type', `${where}: must be ${String(error.params.type)}`, yaml.place(path));
        break;
      case 'enum':
        fail(file, 'schema-value', `${where}: must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`, yaml.place(path));
        break;
      default:
        fail(file, 'schema-value', `${where}: ${error.message ?? 'invalid value'}`, yaml.place(path));
    }
  }
  return false;
}

/** Drop the noise of `oneOf`/`if` bookkeeping errors; keep what an author can act on. */
function relevant(errors: ErrorObject[]): ErrorObject[] {
  return errors.filter((error) => error.keyword !== 'oneOf' && error.keyword !== 'if');
}

export function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
