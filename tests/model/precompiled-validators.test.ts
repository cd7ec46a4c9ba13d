import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileValidators, validatorsModule } from '../../packages/model/src/validate/compile.js';
import { hasPath } from '../helpers/tools.js';
import { dist } from '../helpers/dist.js';

// The built model loads its validators from lib/validate/validators.cjs (ajv standalone code written by
// `npm run compile`); the tests run from src/ and compile them. These checks keep the two the same.
const file = fileURLToPath(new URL('../../packages/model/lib/validate/validators.cjs', import.meta.url));
const built = dist.book;
const present = hasPath(file, 'written by `npm run compile` in packages/model') && hasPath(built, 'run `npm run build` first');

describe.skipIf(!present)('precompiled validators', () => {
  it('are the current schemas compiled (not left over from an older schema)', () => {
    expect(readFileSync(file, 'utf8')).toBe(validatorsModule());
  });

  it('accept and reject exactly what the compiled ones do, with the same errors', () => {
    const precompiled = createRequire(import.meta.url)(file) as ReturnType<typeof compileValidators>;
    const compiled = compileValidators();
    const book = JSON.parse(readFileSync(built, 'utf8'));
    const broken = structuredClone(book);
    delete broken.meta.title;
    broken.meta.extra = 1;
    broken.chapters[0].glands = 'none';
    for (const data of [book, broken]) {
      expect(precompiled.book(data)).toBe(compiled.book(data));
      expect(precompiled.book.errors ?? null).toEqual(compiled.book.errors ?? null);
    }
    expect(precompiled.book(broken)).toBe(false);
    expect(precompiled.book.errors?.map((e) => e.keyword).sort()).toEqual(['additionalProperties', 'required', 'type']);
  });
});
