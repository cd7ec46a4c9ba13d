export { buildEpub, type BuildEpubOptions } from './build-epub.js';
export { keepBetweenBuilds } from '@book/kept-files';
