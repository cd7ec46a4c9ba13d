import type { NoteType } from '../apkg/types.js';

/** The embedded fonts: a leading underscore so Anki keeps them although no field refers to them. */
export const FONT_MEDIA_NAME = '_NotoSansDevanagari.ttf';
/** Key terms, cloze answers and headwords are bold: a real bold face instead of one the phone smears together. */
export const BOLD_FONT_MEDIA_NAME = '_NotoSansDevanagari-Bold.ttf';
export const FONT_FAMILY = 'Book Noto Sans Devanagari';

/** One stylesheet for all three note types. line-height leaves room for matras above and below the line. */
export const CSS = `@font-face {
  font-family: "${FONT_FAMILY}";
  font-weight: 400;
  src: url("${FONT_MEDIA_NAME}") format("truetype");
}
@font-face {
  font-family: "${FONT_FAMILY}";
  font-weight: 700;
  src: url("${BOLD_FONT_MEDIA_NAME}") format("truetype");
}
.card {
  font-family: "${FONT_FAMILY}", sans-serif;
  font-size: 26px;
  line-height: 1.7;
  text-align: center;
  color: #1b1b1b;
  background-color: #fffdf7;
  padding: 0 12px;
}
.card.nightMode, .night_mode .card { color: #ececec; background-color: #1e1e1e; }
.kind { font-size: 15px; color: #7a5c00; letter-spacing: 0.02em; }
.nightMode .kind, .night_mode .kind { color: #e0b84a; }
.term { font-size: 34px; font-weight: 700; }
.question { font-size: 26px; }
.answer { text-align: start; display: inline-block; max-width: 34em; }
.answer ul { margin: 0.2em 0; padding-inline-start: 1.2em; }
.cloze-text { text-align: start; display: inline-block; max-width: 34em; }
.cloze { font-weight: 700; color: #0b57d0; }
.nightMode .cloze, .night_mode .cloze { color: #8ab4f8; }
.abbr { font-size: 20px; color: #555; }
.source { margin-top: 1.2em; font-size: 15px; color: #666; }
.editorial { display: inline-block; margin-bottom: 0.4em; padding: 0 0.5em; font-size: 15px; color: #8a3b00;
  border: 1px solid #8a3b00; border-radius: 4px; }
.nightMode .editorial, .night_mode .editorial { color: #ffb37a; border-color: #ffb37a; }
.label { color: #666; }
.term .label { display: block; font-size: 18px; font-weight: 400; }
.context { font-size: 16px; color: #7a5c00; margin-bottom: 0.3em; }
.nightMode .context, .night_mode .context { color: #e0b84a; }
.before { font-size: 20px; color: #666; margin-bottom: 0.2em; }
[lang="en"] { font-family: "${FONT_FAMILY}", sans-serif; }
`;

const source = '<div class="source">{{Source}}</div>';
// On the back only: a correction of the sentence may name what the card asks for.
const editorial = '{{#Editorial}}<br><div class="editorial">{{Editorial}}</div>{{/Editorial}}';

export type NoteKind = 'term' | 'fact' | 'cloze' | 'occlusion';

/** Note type definitions without ids and mods (those come from the book id and the ledger). */
export function noteTypeDefinitions(bookId: string): Record<Exclude<NoteKind, 'occlusion'>, Omit<NoteType, 'id' | 'mod' | 'deckId'>> {
  return {
    term: {
      name: `Term (${bookId})`,
      kind: 'standard',
      fields: [{ name: 'Hindi' }, { name: 'English' }, { name: 'Abbr' }, { name: 'Kind' }, { name: 'Source' }],
      templates: [
        {
          name: 'हिंदी → English',
          qfmt: '<div class="kind">{{Kind}}</div><div class="term" lang="hi">{{Hindi}}</div>',
          afmt: '{{FrontSide}}\n<hr id="answer">\n<div class="term" lang="en">{{English}}</div>' +
            '{{#Abbr}}<div class="abbr" lang="en">{{Abbr}}</div>{{/Abbr}}' + source,
        },
        {
          name: 'English → हिंदी',
          qfmt: '<div class="kind">{{Kind}}</div><div class="term" lang="en">{{English}}</div>' +
            '{{#Abbr}}<div class="abbr" lang="en">{{Abbr}}</div>{{/Abbr}}',
          afmt: '{{FrontSide}}\n<hr id="answer">\n<div class="term" lang="hi">{{Hindi}}</div>' + source,
        },
      ],
      css: CSS,
      sortField: 0,
    },
    fact: {
      name: `Fact (${bookId})`,
      kind: 'standard',
      fields: [{ name: 'Question' }, { name: 'Answer' }, { name: 'Source' }],
      templates: [
        {
          name: 'प्रश्न → उत्तर',
          qfmt: '<div class="question" lang="hi">{{Question}}</div>',
          afmt: '{{FrontSide}}\n<hr id="answer">\n<div class="answer" lang="hi">{{Answer}}</div>' + source,
        },
      ],
      css: CSS,
      sortField: 0,
    },
    cloze: {
      name: `Cloze (${bookId})`,
      kind: 'cloze',
      fields: [{ name: 'Text' }, { name: 'Editorial' }, { name: 'Source' }],
      templates: [
        {
          name: 'Cloze',
          qfmt: `<div class="cloze-text" lang="hi">{{cloze:Text}}</div>`,
          afmt: `<div class="cloze-text" lang="hi">{{cloze:Text}}</div>${editorial}${source}`,
        },
      ],
      css: CSS,
      sortField: 0,
    },
  };
}
