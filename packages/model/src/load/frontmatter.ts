/** Where a chapter's YAML frontmatter and its Markdown body lie in the file's text. */
export interface FrontmatterSplit {
  /** The YAML between the fences (without the line endings that touch them). */
  yaml: string;
  /** Offset of `yaml` in the text. */
  yamlOffset: number;
  /** Offset where the body starts: the line after the closing fence (the text's length if there is none). */
  bodyOffset: number;
}

const OPENING_FENCE = /^---[ \t]*(\r\n|\r|\n)/;
const CLOSING_FENCE = /(?:\r\n|\r|\n)---[ \t]*(?:\r\n|\r|\n|$)/g;

/**
 * Splits off the frontmatter by the rule remark-frontmatter's `yaml` preset follows: `---` (optionally followed by
 * spaces or tabs) on the first line, the first such line after it closes. Undefined when the text has none.
 * The body is parsed on its own so that Markdown's tokenizer never walks the YAML, which on a large book is
 * about a third of its time (frontmatter.test.ts checks both against remark-frontmatter).
 */
export function splitFrontmatter(text: string): FrontmatterSplit | undefined {
  const opening = OPENING_FENCE.exec(text);
  if (!opening) return undefined;
  const yamlOffset = opening[0].length;
  // From the opening fence's line ending on, so that a closing fence right after it (empty frontmatter) is found.
  CLOSING_FENCE.lastIndex = yamlOffset - opening[1]!.length;
  const closing = CLOSING_FENCE.exec(text);
  if (!closing) return undefined;
  return {
    yaml: text.slice(yamlOffset, Math.max(yamlOffset, closing.index)),
    yamlOffset,
    bodyOffset: closing.index + closing[0].length,
  };
}
