import type { BookMeta } from '@book/model';
import type { Element } from 'hast';
import { h } from 'hastscript';
import { coverAlt } from '../cover/cover-image.js';
import { COVER_IMAGE } from './files.js';

/** The cover image (drawn from the metadata, see cover/cover-image.ts), then the title page in text. */
export function coverToHast(meta: BookMeta): Element {
  return h('section', { className: ['cover'], 'epub:type': 'titlepage' }, [
    h('img', { src: COVER_IMAGE, alt: coverAlt(meta), role: 'doc-cover', className: ['cover-image'] }),
    h('h1', { className: ['cover-title'] }, meta.title),
    ...(meta.subtitle ? [h('p', { className: ['cover-subtitle'] }, meta.subtitle)] : []),
    h('p', { className: ['cover-title-en'], lang: 'en', xmlLang: 'en' }, meta.titleEn),
    h('p', { className: ['cover-author'] }, meta.author),
    h('p', { className: ['cover-publisher'] }, meta.publisher),
    h('p', { className: ['cover-license'] }, [
      h('span', { lang: 'en', xmlLang: 'en' }, meta.license),
      ...(meta.source ? [' · ', `${meta.ui.source}: `, h('a', { href: meta.source.url }, meta.source.title)] : []),
    ]),
  ]);
}
