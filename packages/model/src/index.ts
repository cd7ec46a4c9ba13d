export * from './schema/index.js';
export { loadBook, type LoadOptions, type LoadResult } from './load/book.js';
export { blockText, buildGlossary } from './glossary.js';
export { readBookJson, BookFileError } from './io/read-book.js';
export { writeAtomic } from './io/write-atomic.js';
export { outputLine } from './io/output-line.js';
export { cliOptions } from './io/cli-args.js';
export { catalogue, type RuleId } from './messages/catalogue.js';
export { validators } from './validate/schemas.js';
