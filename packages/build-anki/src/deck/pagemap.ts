import { InputError } from '@book/model/io';
import type { PageMap } from '@book/page-map';

export { parsePageMap, type PageMap } from '@book/page-map';

/** The page of a chapter; a missing entry means the page map is from another version of the Book. */
export function chapterPage(map: PageMap, chapterId: string): number {
  const page = map.chapters[chapterId];
  if (page === undefined) throw new InputError(`page map has no page for chapter "${chapterId}": rebuild the PDF from the same Book`);
  return page;
}

/** The page of a sentence, else of its block. */
export function sentencePage(map: PageMap, sentenceId: string, blockId: string): number {
  const page = map.blocks[sentenceId] ?? map.blocks[blockId];
  if (page === undefined) {
    throw new InputError(`page map has no page for sentence "${sentenceId}" or block "${blockId}": rebuild the PDF from the same Book`);
  }
  return page;
}

/** The pages printing the given facts (FactCell ids), each once, in page order. */
export function factPages(map: PageMap, cellIds: readonly string[]): number[] {
  const pages = cellIds.flatMap((id) => {
    const onPages = map.facts[id];
    if (onPages === undefined) throw new Error(`page map has no page for fact "${id}": rebuild the PDF from the same Book`);
    return onPages;
  });
  return [...new Set(pages)].sort((a, b) => a - b);
}

/** Every page a sentence is printed on, else its first page. */
export function sentencePages(map: PageMap, sentenceId: string, blockId: string): number[] {
  return map.sentences[sentenceId] ?? [sentencePage(map, sentenceId, blockId)];
}
