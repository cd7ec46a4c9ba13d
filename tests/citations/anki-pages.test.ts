import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openApkg } from '@book/build-anki';
import { decodeEntities } from '../../packages/build-anki/src/apkg/text.js';
import { expectedCounts } from '../anki/helpers.js';
import { flat } from '../pdf/helpers/extract.js';
import { hasPath, hasTool } from '../helpers/tools.js';
import { builtBook, builtPages, outFile } from './helpers.js';

const ready = hasTool('pdftotext', 'poppler-utils') && hasPath(outFile('apkg'), 'built by npm run build') && hasPath(outFile('pdf'), 'built by npm run build');

/** Field HTML as the text a learner reads, the labels the card adds around the answer left out. */
const plain = (html: string): string =>
  decodeEntities(
    html
      .replace(/<span class="label">.*?<\/span>/g, '')
      .replace(/<div class="(?:context|before)">.*?<\/div>/g, '') // a cloze card's context lines: the sentence is the answer
      .replace(/\{\{c\d+::|\}\}/g, '')
      .replace(/<\/?(?:span|b|i)\b[^>]*>/g, '') // inline: part of the same line of text
      .replace(/<[^>]*>/g, '\n'),
  );

/** The parts of a Fact answer that are printed somewhere as they are: the answer joins them with — , ; and line breaks. */
const pieces = (html: string): string[] =>
  plain(html)
    .split(/\n| — |; |, /)
    .map(flat)
    .filter((p) => /[\p{L}]/u.test(p));

describe.skipIf(!ready)('every note of the built deck cites the PDF pages that print its answer', () => {
  it('Term: the Hindi term, Fact: every part of the answer, Cloze: the whole sentence, Occlusion: the label', async () => {
    const book = builtBook();
    const pages = builtPages(book);
    const { db } = await openApkg(new Uint8Array(readFileSync(outFile('apkg'))));
    const models = JSON.parse(String(db!.rows.col![0]!.models)) as Record<string, { name: string; flds: { name: string }[] }>;
    const prefix = ` ${book.meta.ui.page} `;
    const checked = { term: 0, fact: 0, cloze: 0, occlusion: 0 };
    const ok = { term: 0, fact: 0, cloze: 0, occlusion: 0 };
    const wrong: string[] = [];
    for (const note of db!.rows.notes!) {
      const model = models[String(note.mid)]!;
      const kind = model.name.split(' ')[0]!.toLowerCase() as keyof typeof checked;
      const fields = String(note.flds).split('\x1f');
      const source = plain(fields[model.flds.findIndex((f) => f.name === 'Source')]!);
      const cited = source.includes(prefix) ? source.split(prefix).pop()!.split(', ').map(Number) : [];
      const printed = flat(cited.map((p) => pages[p - 1] ?? '').join(' '));
      checked[kind] += 1;
      let missing: string[];
      if (kind === 'term') missing = [flat(plain(fields[0]!))].filter((t) => !printed.includes(t));
      else if (kind === 'fact') missing = pieces(fields[1]!).filter((p) => !cited.some((n) => (pages[n - 1] ?? '').includes(p)));
      else if (kind === 'occlusion') missing = [flat(plain(fields[model.flds.findIndex((f) => f.name === 'Hindi')]!))].filter((t) => !printed.includes(t));
      else missing = [flat(plain(fields[0]!))].filter((t) => !printed.includes(t));
      if (cited.length > 0 && missing.length === 0) ok[kind] += 1;
      else wrong.push(`${kind} ${flat(plain(fields[0]!)).slice(0, 40)} cites [${cited.join(', ')}], not printed there: ${missing.join(' | ')}`);
    }
    console.log(`anki citations: term ${ok.term}/${checked.term}, fact ${ok.fact}/${checked.fact}, cloze ${ok.cloze}/${checked.cloze}, occlusion ${ok.occlusion}/${checked.occlusion} cite pages printing their answer`);
    expect(checked).toEqual(expectedCounts(book).notes);
    expect(wrong).toEqual([]);
  });
});
