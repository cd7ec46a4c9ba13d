export { buildEpub, type BuildEpubOptions } from './build-epub.js';
