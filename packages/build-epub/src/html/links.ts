import { linkResolver, type Book } from '@book/model/io';
import { chapterFile, GLOSSARY_FILE, htmlId } from './files.js';

/** Turns a run's href (`#id` of a chapter, block, list item, sentence or glossary entry, or a web URL) into an EPUB href. */
export type Linker = (href: string) => string;

/** The EPUB's side of the model's one link resolver (the PDF has the other): a target → file#anchor. */
export function createLinker(book: Book): Linker {
  const resolve = linkResolver(book);
  return (href) => {
    if (!href.startsWith('#')) {
      if (/^(https?|mailto):/.test(href)) return href;
      throw new TypeError(`link "${href}": only #id links inside the book and http(s)/mailto links are supported; the model refuses others (link-target)`);
    }
    const target = resolve(href);
    if (!target) throw new TypeError(`link "${href}" points to no chapter, block or glossary entry of the book; the model refuses it (link-unknown), so this Book did not come from loadBook`);
    if (target.kind === 'glossary') return `${GLOSSARY_FILE}#${htmlId(target.entry)}`;
    if (target.kind === 'chapter') return chapterFile(target.chapter);
    return `${chapterFile(target.chapter)}#${htmlId(target.element)}`;
  };
}
