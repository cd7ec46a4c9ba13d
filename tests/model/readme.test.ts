import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { schemaReference } from '@book/model';

it('the README schema reference is the one generated from the schema (run `npm run docs` after a schema change)', () => {
  const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
  expect(readme).toContain(schemaReference());
});
