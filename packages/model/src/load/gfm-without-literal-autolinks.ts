import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Processor } from 'unified';

/**
 * remark-gfm's parsing (footnotes, strikethrough, tables, task lists, in its order) without literal autolinks
 * (www.x, http://x, a@b.c): for a text that holds none, the same tree in two thirds of the time. Their tokenizer
 * tries every ASCII letter as the start of an e-mail address, and their transform walks the whole tree.
 */
export function remarkGfmWithoutLiteralAutolinks(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push([gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown()]);
}

/**
 * Whether GFM could find a literal autolink in this Markdown: each needs `www`, `http` or `@` (mailto: and xmpp:
 * links are addresses too), case-insensitively; a character reference (`&#64;`) could spell one.
 */
export function mayHaveLiteralAutolink(markdown: string): boolean {
  return /www|http|@|&/i.test(markdown);
}
