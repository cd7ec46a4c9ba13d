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

/** The glossary document: its frame (section, title, an empty list), and the list's entries, made one at a time. */
export interface GlossaryHast {
  frame: Element;
  /** Each entry's <dt> and <dd>s; made as they are read, so that the whole list (7 MB of XHTML at 100×) never exists as one tree. */
  entries: Iterable<ElementContent[]>;
}

/**
 * The Hindi–English glossary: each term with its kind, its English name and links back to where it is defined
 * (its facts, or for a plain term its chapter) and then to the sections that use it. Every link is labelled with
 * the title of what it opens, never with a bare number. `facts` is bookFacts(book), which the chapters use too.
 */
export function glossaryToHast(book: Book, facts: ChapterFacts[]): GlossaryHast {
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
  const entryHast = (entry: Book['glossary'][number]): ElementContent[] => {
    const links: BackLink[] = [definitions.get(entry.id) ?? { href: chapterFile(entry.chapter), label: titleOf(entry.chapter) }];
    const labels = new Set(links.map((link) => link.label));
    for (const use of entry.uses) {
      const label = sections.get(use.block) ?? titleOf(use.chapter);
      if (labels.has(label)) continue;
      labels.add(label);
      links.push({ href: `${chapterFile(use.chapter)}#${htmlId(use.block)}`, label });
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
  };
  function* entries() {
    for (const entry of book.glossary) yield entryHast(entry);
  }
  return { frame: h('section', { 'epub:type': 'glossary', role: 'doc-glossary' }, [h('h1', ui.glossary), h('dl')]), entries: entries() };
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
