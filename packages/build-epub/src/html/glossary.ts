import type { Book } from '@book/model';
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { chapterFile } from './files.js';

/**
 * The Hindi–English glossary: each term with its English name and links back to the blocks that use it,
 * grouped by chapter (the chapter title links to the first use there, further uses follow as 2, 3, …).
 */
export function glossaryToHast(book: Book): Element {
  const titles = new Map(book.chapters.map((chapter) => [chapter.id, chapter.title]));
  const kindWord: Partial<Record<Book['glossary'][number]['kind'], string>> = {
    part: book.meta.ui.part,
    hormone: book.meta.ui.hormone,
    disorder: book.meta.ui.disorder,
    term: book.meta.ui.term,
  };
  const entries = book.glossary.flatMap((entry) => {
    const byChapter = new Map<string, string[]>();
    for (const use of entry.uses) {
      const hrefs = byChapter.get(use.chapter) ?? [];
      hrefs.push(`${chapterFile(use.chapter)}#${use.block}`);
      byChapter.set(use.chapter, hrefs);
    }
    const uses = [...byChapter].flatMap(([chapter, hrefs], i): ElementContent[] => [
      ...(i > 0 ? [text('; ')] : []),
      ...hrefs.flatMap((href, n) =>
        n === 0 ? [h('a', { href }, titles.get(chapter) ?? chapter)] : [text(', '), h('a', { href }, String(n + 1))],
      ),
    ]);
    const kind = kindWord[entry.kind];
    const about: ElementContent[] = [...(kind ? [text(kind)] : []), ...(kind && uses.length ? [text(' · ')] : []), ...uses];
    // One <dd> per kind of content instead of <span>s: epubcheck flags span-heavy documents (HTM-022).
    return [
      h('dt', { id: entry.id }, [h('dfn', entry.name.hi)]),
      h('dd', { lang: 'en', xmlLang: 'en' }, entry.name.en),
      ...(about.length ? [h('dd', about)] : []),
    ];
  });
  return h('section', { 'epub:type': 'glossary', role: 'doc-glossary' }, [h('h1', book.meta.ui.glossary), h('dl', entries)]);
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}
