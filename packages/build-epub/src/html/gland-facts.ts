import type { FactCell, FactText, GlandFacts } from '@book/facts-view';
import type { BookMeta } from '@book/model';
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { htmlId } from './files.js';

/**
 * A gland's facts as @book/facts-view decides them: its name, a labelled line per fact of the gland itself, then a
 * table per kind of fact with one column per cell of the view. Every cell carries its fact id as its XHTML id.
 */
export function glandFactsToHast(facts: GlandFacts, ui: BookMeta['ui']): Element {
  const title = facts.title.texts[0]!;
  const children: ElementContent[] = [
    h('h2', { id: htmlId(facts.title.id) }, [title.hi, ...(title.en ? [' ', english(`(${title.en})`)] : [])]),
  ];
  for (const cell of facts.about.filter((c) => c.texts.length)) {
    children.push(h('p', { id: htmlId(cell.id) }, marked(cell, ui, [h('strong', `${cell.label}:`), toNode(' '), ...inline(cell, ui)])));
  }
  for (const table of facts.tables) {
    children.push(
      h('table', { id: htmlId(table.id) }, [
        h('caption', table.title),
        h('thead', h('tr', table.columns.map((label) => h('th', { scope: 'col' }, label)))),
        h(
          'tbody',
          table.rows.map((row) =>
            h('tr', { id: htmlId(row.id) }, [
              h('th', { scope: 'row', id: htmlId(row.head.id) }, marked(row.head, ui, stacked(row.head, ui))),
              ...row.cells.map((cell) => h('td', { id: htmlId(cell.id) }, marked(cell, ui, stacked(cell, ui)))),
            ]),
          ),
        ),
      ]),
    );
  }
  return h('section', { ariaLabelledBy: htmlId(facts.title.id) }, children);
}

/** A cell's texts in a line: Hindi, its English in brackets; texts separated by semicolons. */
function inline(cell: FactCell, ui: BookMeta['ui']): ElementContent[] {
  return cell.texts.flatMap((t, i) => [...(i > 0 ? ['; '] : []), ...hindi(t, ui), ...(t.en ? [' ', english(`(${t.en})`)] : [])]).map(toNode);
}

/** A cell's texts one under another: each Hindi text, with its English gloss on the next line. */
function stacked(cell: FactCell, ui: BookMeta['ui']): ElementContent[] {
  return cell.texts.flatMap((t, i): ElementContent[] => [...(i > 0 ? [h('br')] : []), ...hindi(t, ui), ...(t.en ? [h('br'), english(t.en)] : [])]);
}

/** A text's Hindi; one the editors added inside a cell of the source is followed by the editorial label. */
function hindi(t: FactText, ui: BookMeta['ui']): ElementContent[] {
  return [toNode(t.hi), ...(t.editorial ? [h('span', { className: ['editorial-label'] }, ` (${ui.editorial})`)] : [])];
}

/** An editorial fact gets the colours and the label of editorial prose (blocks.ts); no extra element otherwise. */
function marked(cell: FactCell, ui: BookMeta['ui'], content: ElementContent[]): ElementContent[] {
  if (!cell.editorial || !content.length) return content;
  return [h('span', { className: ['editorial'] }, [h('span', { className: ['editorial-label'] }, `${ui.editorial}: `), ...content])];
}

/** An English gloss; drawn in the regular weight even inside headings and row headers (the stylesheet's .gloss). */
function english(text: string): Element {
  return h('span', { lang: 'en', xmlLang: 'en', className: ['gloss'] }, text);
}

function toNode(value: ElementContent | string): ElementContent {
  return typeof value === 'string' ? { type: 'text', value } : value;
}
