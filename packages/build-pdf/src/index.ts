export { buildPdf, layoutPdf, type PdfLayout, type PdfOutputs, type PdfOptions } from './build.js';
export { keepBetweenBuilds } from '@book/kept-files';
export type { PageMap } from './layout/book.js';
export { impositionOrder } from './pdf/booklet.js';
export { shape, clusters } from './shaping/shaper.js';
