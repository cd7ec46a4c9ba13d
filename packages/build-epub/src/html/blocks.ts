import type { Block, BookMeta } from '@book/model';
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { htmlId } from './files.js';
import type { Linker } from './links.js';
import { runsText, runsToHast } from './runs.js';
import { figureToHast } from './figure.js';

export interface BlockContext {
  ui: BookMeta['ui'];
  link: Linker;
  /** Caption for a table block: the model's tables have none, so the nearest heading above names them. */
  tableCaption: string;
}

/** One model block as hast; editorial blocks come wrapped in a labelled box. */
export function blockToHast(block: Block, context: BlockContext): Element {
  const { link } = context;
  switch (block.type) {
    case 'heading':
      return h(`h${block.depth}`, { id: htmlId(block.id) }, runsToHast(block.runs, link));
    case 'paragraph': {
      // Sentences are joined by one space, as in the source prose.
      const content = block.sentences.flatMap((sentence, i): ElementContent[] => [
        ...(i > 0 ? [{ type: 'text' as const, value: ' ' }] : []),
        ...runsToHast(sentence.runs, link),
      ]);
      return editorial(block.editorial, context, h('p', { id: htmlId(block.id) }, content));
    }
    case 'list':
      return editorial(
        block.editorial,
        context,
        h(block.ordered ? 'ol' : 'ul', { id: htmlId(block.id) }, block.items.map((item) => h('li', { id: htmlId(item.id) }, runsToHast(item.runs, link)))),
      );
    case 'table':
      return editorial(
        block.editorial,
        context,
        h('table', { id: htmlId(block.id) }, [
          h('caption', context.tableCaption),
          h('thead', h('tr', block.header.map((cell) => h('th', { scope: 'col' }, runsToHast(cell, link))))),
          h('tbody', block.rows.map((row) => h('tr', row.map((cell) => h('td', runsToHast(cell, link)))))),
        ]),
      );
    case 'figure':
      return figureToHast(block);
  }
}

function editorial(isEditorial: boolean, context: BlockContext, element: Element): Element {
  if (!isEditorial) return element;
  return h('div', { className: ['editorial'] }, [h('p', { className: ['editorial-label'] }, context.ui.editorial), element]);
}

export { runsText };
