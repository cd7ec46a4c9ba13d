import type { Book } from '@book/model';
import { chapterFile, GLOSSARY_FILE, htmlId } from './files.js';

/** Turns a run's href (`#id` of a chapter, block, list item, sentence or glossary entry, or a web URL) into an EPUB href. */
export type Linker = (href: string) => string;

export function createLinker(book: Book): Linker {
  const targets = new Map<string, string>();
  for (const entry of book.glossary) targets.set(entry.id, `${GLOSSARY_FILE}#${htmlId(entry.id)}`);
  // Chapters and blocks win over glossary entries that happen to share an id.
  for (const chapter of book.chapters) {
    targets.set(chapter.id, chapterFile(chapter.id));
    for (const block of chapter.blocks) {
      targets.set(block.id, `${chapterFile(chapter.id)}#${htmlId(block.id)}`);
      if (block.type === 'list') for (const item of block.items) targets.set(item.id, `${chapterFile(chapter.id)}#${htmlId(item.id)}`);
      // Sentences have no element of their own: a link to one opens its paragraph.
      if (block.type === 'paragraph') for (const sentence of block.sentences) targets.set(sentence.id, `${chapterFile(chapter.id)}#${htmlId(block.id)}`);
    }
  }
  return (href) => {
    if (!href.startsWith('#')) {
      if (/^(https?|mailto):/.test(href)) return href;
      throw new Error(`link "${href}": only #id links inside the book and http(s)/mailto links are supported`);
    }
    const target = targets.get(href.slice(1));
    if (!target) throw new Error(`link "${href}" points to no chapter, block or glossary entry of the book`);
    return target;
  };
}
