import { definingCells, type ChapterFacts } from '@book/facts-view';
import type { Book } from '@book/model';
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { runsText } from './runs.js';
import { chapterFile, htmlId } from './files.js';

interface BackLink {
  href: string;
  /** What the link leads to, in words: a chapter and section title, a facts table. */
  label: string;
}

/**
 * The Hindi–English glossary: each term with its kind, its English name and links back to where it is defined
 * (its facts, or for a plain term its chapter) and then to the sections that use it. Every link is labelled with
 * the title of what it opens, never with a bare number. `facts` is bookFacts(book), which the chapters use too.
 */
export function glossaryToHast(book: Book, facts: ChapterFacts[]): Element {
  const { ui } = book.meta;
  const kindWord: Record<Book['glossary'][number]['kind'], string> = {
    gland: ui.gland,
    part: ui.part,
    hormone: ui.hormone,
    disorder: ui.disorder,
    term: ui.term,
  };
  const titles = new Map(book.chapters.map((chapter) => [chapter.id, chapter.title]));
  const titleOf = (chapterId: string) => titles.get(chapterId) ?? chapterId;
  const definitions = definitionLinks(book, facts, titleOf);
  const sections = sectionLabels(book);
  const entries = book.glossary.flatMap((entry) => {
    const links: BackLink[] = [definitions.get(entry.id) ?? { href: chapterFile(entry.chapter), label: titleOf(entry.chapter) }];
    for (const use of entry.uses) {
      const link = { href: `${chapterFile(use.chapter)}#${htmlId(use.block)}`, label: sections.get(use.block) ?? titleOf(use.chapter) };
      if (!links.some((l) => l.label === link.label)) links.push(link);
    }
    const about: ElementContent[] = [
      text(kindWord[entry.kind]),
      ...(entry.from === 'editorial' ? [h('span', { className: ['editorial-label'] }, ` (${ui.editorial})`)] : []),
      ...(entry.name.textbook ? [text(` · ${ui.textbook}: ${entry.name.textbook.join(', ')}`)] : []),
      text(' · '),
    ];
    links.forEach((link, i) => about.push(...(i > 0 ? [text('; ')] : []), h('a', { href: link.href }, link.label)));
    // One <dd> per kind of content instead of <span>s: epubcheck flags span-heavy documents (HTM-022).
    return [h('dt', { id: htmlId(entry.id) }, [h('dfn', entry.name.hi)]), h('dd', { lang: 'en', xmlLang: 'en' }, entry.name.en), h('dd', about)];
  });
  return h('section', { 'epub:type': 'glossary', role: 'doc-glossary' }, [h('h1', ui.glossary), h('dl', entries)]);
}

/** Where each gland, part, hormone and disorder is defined: the cell of its facts that names it. */
function definitionLinks(book: Book, chapterFacts: ChapterFacts[], titleOf: (chapterId: string) => string): Map<string, BackLink> {
  const links = new Map<string, BackLink>();
  chapterFacts.forEach(({ chapterId, glands }, c) => {
    glands.forEach((facts, g) => {
      const gland = book.chapters[c]!.glands[g]!;
      const labels = new Map<string, string>([
        [facts.title.id, titleOf(chapterId)],
        ...facts.about.map((cell) => [cell.id, `${gland.name.hi}: ${cell.label}`] as const),
        ...facts.tables.flatMap((t) => t.rows.map((r) => [r.head.id, t.title] as const)),
      ]);
      for (const [id, cell] of definingCells(facts, gland)) {
        links.set(id, { href: `${chapterFile(chapterId)}#${htmlId(cell)}`, label: labels.get(cell) ?? titleOf(chapterId) });
      }
    });
  });
  return links;
}

/** For every block, "chapter title: section heading" (the nearest heading above it), or the chapter title. */
function sectionLabels(book: Book): Map<string, string> {
  const labels = new Map<string, string>();
  for (const chapter of book.chapters) {
    let label = chapter.title;
    for (const block of chapter.blocks) {
      if (block.type === 'heading') label = `${chapter.title}: ${runsText(block.runs)}`;
      labels.set(block.id, label);
    }
  }
  return labels;
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}
