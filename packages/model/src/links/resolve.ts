import type { Book } from '../schema/index.js';

/**
 * Where a `#id` link of the prose lands. The model checks every link against this at validation, and the PDF and
 * EPUB turn the same answer into their own destinations, so a link works in all of them or is refused before.
 * `block` is the block holding the target, `element` the finest element with an anchor: a sentence has none of its
 * own, so it lands on its paragraph; a list item has one (EPUB) inside its list block (PDF).
 */
export type LinkTarget =
  | { kind: 'chapter'; chapter: string }
  | { kind: 'block' | 'list-item' | 'sentence'; chapter: string; block: string; element: string }
  | { kind: 'glossary'; entry: string };

export type LinkResolver = (href: string) => LinkTarget | undefined;

/** Resolves `#id` hrefs; anything else (and an unknown id) is undefined. Chapters and blocks win over glossary entries sharing an id. */
export function linkResolver(book: { chapters: Book['chapters']; glossary: readonly { id: string }[] }): LinkResolver {
  const targets = new Map<string, LinkTarget>();
  for (const entry of book.glossary) targets.set(entry.id, { kind: 'glossary', entry: entry.id });
  for (const chapter of book.chapters) {
    targets.set(chapter.id, { kind: 'chapter', chapter: chapter.id });
    for (const block of chapter.blocks) {
      const at = { chapter: chapter.id, block: block.id };
      targets.set(block.id, { kind: 'block', ...at, element: block.id });
      if (block.type === 'list') for (const item of block.items) targets.set(item.id, { kind: 'list-item', ...at, element: item.id });
      if (block.type === 'paragraph') for (const s of block.sentences) targets.set(s.id, { kind: 'sentence', ...at, element: block.id });
    }
  }
  return (href) => (href.startsWith('#') ? targets.get(href.slice(1)) : undefined);
}
