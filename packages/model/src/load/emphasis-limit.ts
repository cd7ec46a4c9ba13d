/** The longest run of emphasis marks an author needs: `***` (bold italic), or `**_` and its mirror. */
export const MAX_MARK_RUN = 3;
/** Emphasis mark runs allowed in one paragraph (a blank-line-separated block): 60 bold or italic words. */
export const MAX_MARK_RUNS_PER_BLOCK = 120;

export interface EmphasisProblem {
  offset: number;
  reason: string;
}

const isMark = (char: string | undefined) => char === '*' || char === '_';
const isSpace = (char: string | undefined) => char === undefined || /\s/.test(char);

/**
 * The first place in a Markdown body where emphasis marks could nest pathologically: a run of more than
 * MAX_MARK_RUN `*`/`_` touching text, or a block with more than MAX_MARK_RUNS_PER_BLOCK such runs. The Markdown
 * parser's delimiter matching takes seconds on such input and the nesting it builds overflows the stack, so this
 * linear scan refuses it before parsing. Runs between spaces (a `______` blank to fill in) are literal text and
 * pass; so do escaped marks (`\*`).
 */
export function emphasisProblem(text: string, from = 0): EmphasisProblem | undefined {
  let runsInBlock = 0;
  for (let i = from; i < text.length; i++) {
    const char = text[i];
    if (char === '\n' && text[i + 1] === '\n') runsInBlock = 0;
    if (char === '\\') {
      i++;
      continue;
    }
    if (!isMark(char)) continue;
    let end = i;
    while (isMark(text[end])) end++;
    const touchesText = !isSpace(text[i - 1]) || !isSpace(text[end]);
    if (touchesText) {
      if (end - i > MAX_MARK_RUN) {
        return { offset: i, reason: `A run of ${end - i} emphasis marks (* or _); at most ${MAX_MARK_RUN} may stand together` };
      }
      if (++runsInBlock > MAX_MARK_RUNS_PER_BLOCK) {
        return { offset: i, reason: `More than ${MAX_MARK_RUNS_PER_BLOCK} runs of emphasis marks (* or _) in one paragraph` };
      }
    }
    i = end - 1;
  }
  return undefined;
}
