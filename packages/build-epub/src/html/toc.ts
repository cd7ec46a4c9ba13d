import type { Book } from '@book/model';
import type { Element } from 'hast';
import { h } from 'hastscript';
import { runsText } from './runs.js';
import { chapterFile, COVER_FILE, GLOSSARY_FILE, htmlId, NAV_FILE } from './files.js';

/** One entry of the table of contents; the nav document and the NCX are both made from this tree. */
export interface TocEntry {
  label: string;
  href: string;
  children: TocEntry[];
}

/** The cover, the chapters with their headings nested by depth (2 → 3 → 4), then the glossary. */
export function tocEntries(book: Book): TocEntry[] {
  const chapters = book.chapters.map((chapter): TocEntry => {
    const root: TocEntry = { label: chapter.title, href: chapterFile(chapter.id), children: [] };
    const open: { depth: number; entry: TocEntry }[] = [{ depth: 1, entry: root }];
    for (const block of chapter.blocks) {
      if (block.type !== 'heading') continue;
      while (open.at(-1)!.depth >= block.depth) open.pop();
      const entry: TocEntry = { label: runsText(block.runs), href: `${chapterFile(chapter.id)}#${htmlId(block.id)}`, children: [] };
      open.at(-1)!.entry.children.push(entry);
      open.push({ depth: block.depth, entry });
    }
    return root;
  });
  return [
    { label: book.meta.ui.cover, href: COVER_FILE, children: [] },
    ...chapters,
    { label: book.meta.ui.glossary, href: GLOSSARY_FILE, children: [] },
  ];
}

/** The navigation document's body: the table of contents and the landmarks (hidden: reading systems use them). */
export function navToHast(book: Book, entries: TocEntry[]): Element[] {
  const list = (items: TocEntry[]): Element =>
    h('ol', items.map((item) => h('li', [h('a', { href: item.href }, item.label), ...(item.children.length ? [list(item.children)] : [])])));
  const firstChapter = book.chapters[0]!;
  const landmark = (type: string, href: string, label: string) => h('li', h('a', { 'epub:type': type, href }, label));
  return [
    h('nav', { id: 'toc', 'epub:type': 'toc', role: 'doc-toc', ariaLabelledBy: 'toc-title' }, [
      h('h1', { id: 'toc-title' }, book.meta.ui.contents),
      list(entries),
    ]),
    h('nav', { 'epub:type': 'landmarks', className: ['landmarks'] }, [
      h('ol', [
        landmark('cover', COVER_FILE, book.meta.ui.cover),
        landmark('toc', `${NAV_FILE}#toc`, book.meta.ui.contents),
        landmark('bodymatter', chapterFile(firstChapter.id), firstChapter.title),
        landmark('glossary', GLOSSARY_FILE, book.meta.ui.glossary),
      ]),
    ]),
  ];
}
