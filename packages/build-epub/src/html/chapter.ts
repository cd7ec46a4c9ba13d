import type { GlandFacts } from '@book/facts-view';
import type { BookMeta, Chapter } from '@book/model';
import type { Element } from 'hast';
import { h } from 'hastscript';
import { blockToHast, runsText } from './blocks.js';
import { htmlId } from './files.js';
import { glandFactsToHast } from './gland-facts.js';
import type { Linker } from './links.js';

/** A chapter as `<section epub:type="chapter">`: h1 title, English title, the prose blocks, then the gland facts. */
export function chapterToHast(chapter: Chapter, facts: GlandFacts[], ui: BookMeta['ui'], link: Linker): Element {
  let tableCaption = chapter.title;
  const blocks = chapter.blocks.map((block) => {
    if (block.type === 'heading') tableCaption = runsText(block.runs);
    return blockToHast(block, { ui, link, tableCaption });
  });
  return h('section', { id: htmlId(chapter.id), 'epub:type': 'chapter', role: 'doc-chapter' }, [
    h('h1', chapter.title),
    h('p', { className: ['title-en'], lang: 'en', xmlLang: 'en' }, chapter.titleEn),
    ...blocks,
    ...facts.map((gland) => glandFactsToHast(gland, ui)),
  ]);
}
