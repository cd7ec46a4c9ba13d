/** The page map written by the PDF build (dist/<book>.pagemap.json): where each chapter, block and sentence is printed. */
export interface PageMap {
  schemaVersion: 1;
  pdf: string;
  pageCount: number;
  chapters: Record<string, number>;
  blocks: Record<string, number>;
  glossary: Record<string, number>;
}

/** Checks the shape of a parsed page map; the message says which key is wrong. */
export function parsePageMap(value: unknown): PageMap {
  const fail = (what: string): never => {
    throw new Error(`page map: ${what}`);
  };
  if (typeof value !== 'object' || value === null) return fail('expected a JSON object');
  const map = value as Record<string, unknown>;
  if (map.schemaVersion !== 1) fail(`schemaVersion must be 1, got ${JSON.stringify(map.schemaVersion)}`);
  if (typeof map.pdf !== 'string') fail('"pdf" must be a string');
  if (!Number.isInteger(map.pageCount)) fail('"pageCount" must be an integer');
  for (const key of ['chapters', 'blocks', 'glossary'] as const) {
    const pages = map[key];
    if (typeof pages !== 'object' || pages === null) return fail(`"${key}" must be an object of page numbers`);
    for (const [id, page] of Object.entries(pages)) {
      if (!Number.isInteger(page) || (page as number) < 1) fail(`${key}["${id}"] must be a page number, got ${JSON.stringify(page)}`);
    }
  }
  return map as unknown as PageMap;
}

/** The page of a chapter; a missing entry means the page map is from another version of the Book. */
export function chapterPage(map: PageMap, chapterId: string): number {
  const page = map.chapters[chapterId];
  if (page === undefined) throw new Error(`page map has no page for chapter "${chapterId}": rebuild the PDF from the same Book`);
  return page;
}

/** The page of a sentence, else of its block. */
export function sentencePage(map: PageMap, sentenceId: string, blockId: string): number {
  const page = map.blocks[sentenceId] ?? map.blocks[blockId];
  if (page === undefined) {
    throw new Error(`page map has no page for sentence "${sentenceId}" or block "${blockId}": rebuild the PDF from the same Book`);
  }
  return page;
}
