// What a builder's command needs from the model without loading the Markdown and YAML parsers: `@book/model/io`.
export type * from '../schema/index.js';
export { readBookJson, BookFileError } from './read-book.js';
export { stageAtomic, writeAtomic, type StagedFile } from './write-atomic.js';
export { outputLine } from './output-line.js';
export { cliOptions } from './cli-args.js';
export { bookJson } from './book-json.js';
export { validators } from '../validate/schemas.js';
export { BOOK_ID_FILE, bookJsonPath, builtBookId, recordBookId } from './book-location.js';
export { linkResolver, type LinkResolver, type LinkTarget } from '../links/resolve.js';
export { InputError } from './input-error.js';
export { runCommand, BUG_EXIT_CODE } from './run-command.js';
export { ensureFolder } from './ensure-folder.js';
export { nameForms } from '../names.js';
