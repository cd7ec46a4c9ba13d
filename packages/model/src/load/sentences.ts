import type { Run } from '../schema/index.js';
import { trimRuns } from './runs.js';

/** A sentence ends after a danda (।, ॥), ? or ! that is followed by white space or the end of the text. */
const END = /[।॥?!]+(?=\s|$)/g;

/** Split a paragraph's runs into sentences, keeping each run's marks on the pieces it is cut into. */
export function splitSentences(runs: readonly Run[]): Run[][] {
  const sentences: Run[][] = [];
  let current: Run[] = [];
  for (const run of runs) {
    let at = 0;
    for (const match of run.text.matchAll(END)) {
      const end = match.index + match[0].length;
      current.push({ ...run, text: run.text.slice(at, end) });
      sentences.push(current);
      current = [];
      at = end;
    }
    if (at < run.text.length) current.push({ ...run, text: run.text.slice(at) });
  }
  sentences.push(current);
  return sentences.map(trimRuns).filter((sentence) => sentence.length > 0);
}
