import type { Run } from '@book/model';
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Linker } from './links.js';

/** Runs as inline hast: key terms in <strong>, emphasis in <em>, English in <span lang="en">, links in <a>. */
export function runsToHast(runs: readonly Run[], link: Linker): ElementContent[] {
  return runs.map((run) => {
    let node: ElementContent = { type: 'text', value: run.text };
    // Children go in arrays: hastscript would take a lone text node ({type, value}) for properties.
    if (run.lang) node = h('span', { lang: run.lang, xmlLang: run.lang }, [node]);
    if (run.emphasis) node = h('em', [node]);
    if (run.strong) node = h('strong', [node]);
    if (run.href) node = h('a', { href: link(run.href) }, [node]);
    return node;
  });
}

/** The plain text of runs (for captions and titles). */
export function runsText(runs: readonly Run[]): string {
  return runs.map((run) => run.text).join('');
}
