/**
 * The page map: the build artefact through which the PDF build tells other builders where things are printed
 * (dist/<book>.pagemap.json). The PDF build writes it; the Anki build cites booklet pages from it.
 */
export interface PageMap {
  schemaVersion: 1;
  /** File name of the reading edition the pages belong to. */
  pdf: string;
  pageCount: number;
  /** Printed page number (1-based, as in the footer) on which each chapter, block or sentence, glossary entry starts. */
  chapters: Record<string, number>;
  blocks: Record<string, number>;
  glossary: Record<string, number>;
  /** Every page a sentence is printed on, in order: two when it runs over a page break. */
  sentences: Record<string, number[]>;
  /**
   * Every page each printed fact is on, in order, by its FactCell id from @book/facts-view (`fsh/effect`): more than
   * one when its text runs over a page break (a facts-table row taller than the room left on a page is split).
   */
  facts: Record<string, number[]>;
  /**
   * Pages on which each glossary entry's term is printed: its defining place first, then the pages of its uses in
   * reading order, each page once. The glossary prints these numbers.
   */
  terms: Record<string, number[]>;
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
  const isPage = (page: unknown): boolean => Number.isInteger(page) && (page as number) >= 1;
  for (const key of ['chapters', 'blocks', 'glossary', 'facts', 'sentences', 'terms'] as const) {
    const pages = map[key];
    if (typeof pages !== 'object' || pages === null) return fail(`"${key}" must be an object of page numbers (rebuild the PDF if the map predates it)`);
    const list = key === 'sentences' || key === 'terms' || key === 'facts';
    for (const [id, page] of Object.entries(pages)) {
      const ok = list ? Array.isArray(page) && page.length > 0 && page.every(isPage) : isPage(page);
      if (!ok) fail(`${key}["${id}"] must be ${list ? 'a non-empty list of page numbers' : 'a page number'}, got ${JSON.stringify(page)}`);
    }
  }
  return map as unknown as PageMap;
}

/** The bytes of dist/<id>.pagemap.json, as every writer of it (PDF build, watch mode, bench) writes them. */
export function pageMapJson(map: PageMap): string {
  return `${JSON.stringify(map, null, 2)}\n`;
}
