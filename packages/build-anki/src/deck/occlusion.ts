import type { Book, FigureBlock, FigureLabel } from '@book/model';
import type { NoteType } from '../apkg/types.js';
import { CSS } from './notetypes.js';
import type { NoteDraft } from './notes.js';
import type { PageMap } from './pagemap.js';

/**
 * Image occlusion without add-ons or scripts: one note per figure label. The front shows the figure as inline SVG
 * (so the note type's @font-face draws the labels, also on a device without a Devanagari font) with that label
 * left out and a box drawn in its place; the back shows it marked, with the Hindi and English name and the page.
 */
export const OCCLUSION_CSS = `${CSS}.occlusion svg { width: 100%; max-width: 640px; height: auto; }
.occlusion svg text { font-family: inherit; fill: #1b1b1b; }
.nightMode .occlusion svg, .night_mode .occlusion svg { background: #fffdf7; border-radius: 6px; }
.occlusion .mask { fill: #ffd166; stroke: #8a5a00; stroke-width: 1.5; }
.occlusion .mask-q { fill: #5a3b00; font-weight: 700; }
.occlusion .answer-label { fill: #0b57d0; font-weight: 700; }
`;

export function occlusionNoteType(bookId: string): Omit<NoteType, 'id' | 'mod' | 'deckId'> {
  return {
    name: `Occlusion (${bookId})`,
    kind: 'standard',
    fields: [{ name: 'Key' }, { name: 'Front' }, { name: 'Back' }, { name: 'Hindi' }, { name: 'English' }, { name: 'Source' }],
    templates: [
      {
        name: 'चित्र: नाम बताइए',
        qfmt: '<div class="kind">?</div><div class="occlusion" lang="hi">{{Front}}</div>',
        afmt: '<div class="occlusion" lang="hi">{{Back}}</div>\n<hr id="answer">\n<div class="term" lang="hi">{{Hindi}}</div>' +
          '<div class="term" lang="en">{{English}}</div><div class="source">{{Source}}</div>',
      },
    ],
    css: OCCLUSION_CSS,
    sortField: 0,
  };
}

/** One occlusion note per label of every figure, in reading order; the key (and guid) is figure id + label id. */
export function occlusionNotes(book: Book, pageMap: PageMap): NoteDraft[] {
  // The gland each labelled id belongs to: the figure's glands tag its notes, as a sentence's gland tags its cloze.
  const glandOf = new Map<string, string>();
  for (const c of book.chapters) {
    for (const g of c.glands) for (const x of [g, ...(g.parts ?? []), ...(g.hormones ?? []), ...(g.disorders ?? [])]) glandOf.set(x.id, g.id);
  }
  return book.chapters.flatMap((chapter, index) =>
    chapter.blocks
      .filter((b): b is FigureBlock => b.type === 'figure')
      .flatMap((figure) => {
        const page = pageMap.blocks[figure.id];
        if (page === undefined) throw new Error(`page map has no page for figure "${figure.id}": rebuild the PDF from the same Book`);
        const source = escapeText(`${book.meta.ui.source}: ${book.meta.ui.chapter} ${index + 1}: ${chapter.title} · ${book.meta.ui.page} ${page}`);
        const glands = [...new Set(figure.labels.flatMap((l) => (glandOf.has(l.id) ? [`gland::${glandOf.get(l.id)}`] : [])))];
        return figure.labels.map((label): NoteDraft => ({
          key: `occlusion/${figure.figure}/${label.id}`,
          kind: 'occlusion',
          chapterId: chapter.id,
          fields: [
            escapeText(`${figure.figure}/${label.id}`),
            figureSvg(figure, label, 'front'),
            figureSvg(figure, label, 'back'),
            escapeText(label.name.hi),
            escapeText(label.name.en),
            source,
          ],
          tags: ['kind::occlusion', `chapter::${chapter.id}`, `figure::${figure.figure}`, ...glands],
          ords: [0],
        }));
      }),
  );
}

/**
 * The figure as inline SVG with every label; `hidden` is left out on the front (a box with "?" stands in its
 * place, so no text of it is anywhere in the front's markup) and marked on the back.
 */
export function figureSvg(figure: FigureBlock, hidden: FigureLabel, side: 'front' | 'back'): string {
  const labels = figure.labels.map((label) => {
    if (label.id !== hidden.id) return textElement(label);
    if (side === 'back') return textElement(label, 'answer-label');
    const box = labelBox(label);
    return `<rect class="mask" x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" rx="4"/>` +
      `<text class="mask-q" x="${n(box.x + box.width / 2)}" y="${n(label.y)}" font-size="${n(label.size)}" text-anchor="middle">?</text>`;
  });
  const drawing = figure.svg.replace(/^<svg [^>]*>/, '').replace(/<\/svg>$/, '');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${figure.width} ${figure.height}">${drawing}<g>${labels.join('')}</g></svg>`;
}

/**
 * A box over where the label is drawn. Its width is estimated from the text: about 0.45 em per code point in Noto
 * Sans Devanagari (vowel signs and viramas add little width), plus padding; checked on the rendered cards.
 */
export function labelBox(label: FigureLabel): { x: number; y: number; width: number; height: number } {
  const width = Math.max(2, [...label.text].length * 0.45) * label.size;
  const left = label.anchor === 'end' ? label.x - width : label.anchor === 'middle' ? label.x - width / 2 : label.x;
  return { x: left - 3, y: label.y - label.size * 1.05, width: width + 6, height: label.size * 1.45 };
}

function textElement(label: FigureLabel, className?: string): string {
  const cls = className ? ` class="${className}"` : '';
  return `<text${cls} x="${n(label.x)}" y="${n(label.y)}" font-size="${n(label.size)}" text-anchor="${label.anchor}">${escapeText(label.text)}</text>`;
}

const n = (value: number): string => String(Math.round(value * 10) / 10);

function escapeText(text: string): string {
  return text.normalize('NFC').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\{/g, '&#x7B;').replace(/\}/g, '&#x7D;').replace(/::/g, ':&#x3A;');
}
