import fc from 'fast-check';

/** Characters that stress parsers and shapers: Markdown and YAML syntax, Devanagari marks, joiners, controls. */
const tricky = [
  '*', '**', '_', '`', '#', '## ', '- ', '1. ', '> ', ':::', ':::editorial\n', '\n:::\n', '[', '](', ')', '](#x)', '|', '---\n',
  ':', ': ', '&a ', '*a', '!', '?', '{', '}', '"', "'", '\\', '<', '>', '<b>', '</b>', '<script>', '&amp;', '\t', '\n', '\n\n', ' ',
  'क', '्', 'ि', 'ं', 'ँ', 'ः', '़', '।', '॥', 'र्', 'क्ष', 'त्र', 'ज्ञ', 'श्र', '\u200c', '\u200d', '\u0951', '\u093c\u093c',
  'A', 'z', '0', '9', 'é', '\u0301', '😀', '\u202e', '\u0000', '\u0007', '\ufeff', '\ud800',
];

export const trickyText = fc
  .array(fc.oneof(fc.constantFrom(...tricky), fc.string({ maxLength: 4 }), fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 40 })
  .map((parts) => parts.join(''));

export type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'insert-in-prose'; line: number; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate-line'; line: number }
  | { kind: 'swap-lines'; a: number; b: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: trickyText }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ kind: fc.constant('duplicate-line' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), a: fc.nat(), b: fc.nat() }),
);

/** Text an author may write in a sentence: Devanagari with its marks, inline emphasis, punctuation, digits, Latin. */
const proseParts = [
  'क', 'ख', 'ग', 'र', 'ल', 'स', 'ह', 'अ', 'आ', 'इ', '्', 'ि', 'ी', 'ु', 'ं', 'ँ', 'ः', '़', 'ा', 'े', 'ो', 'र्', 'क्ष', 'त्र', 'ज्ञ', 'श्र',
  'थाइरॉक्सीन', 'ग्रंथि', ' ', ' ', '।', ',', '?', '!', '(', ')', '-', '—', '**', '*', '_', '`', '०', '१', '9', 'T4', 'A', 'z', '\u200c', '\u200d',
];
export const proseText = fc.array(fc.constantFrom(...proseParts), { minLength: 1, maxLength: 30 }).map((parts) => parts.join(''));

/**
 * Mutations that mostly keep the content valid (text inserted into the prose of the Markdown body), so that most
 * cases get past the loader and reach the builders, mixed with the raw mutations that mostly do not.
 */
export const proseMutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 9, arbitrary: fc.record({ kind: fc.constant('insert-in-prose' as const), line: fc.nat(), at: fc.nat(), text: proseText }) },
  { weight: 1, arbitrary: mutation },
);

/** Lines of a Markdown chapter after its frontmatter that hold prose (not blank, not a directive fence). */
function proseLines(lines: readonly string[]): number[] {
  const bodyStart = lines.indexOf('---', 1) + 1;
  return lines.flatMap((line, i) => (i >= bodyStart && bodyStart > 0 && line.trim() !== '' && !line.startsWith(':::') ? [i] : []));
}

/** Apply mutations to a text; positions wrap around the text's length so every value is meaningful. */
export function mutate(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const lines = out.split('\n');
    switch (m.kind) {
      case 'insert': {
        const at = m.at % (out.length + 1);
        out = out.slice(0, at) + m.text + out.slice(at);
        break;
      }
      case 'insert-in-prose': {
        const prose = proseLines(lines);
        if (prose.length === 0) break;
        const i = prose[m.line % prose.length]!;
        const at = m.at % (lines[i]!.length + 1);
        lines[i] = lines[i]!.slice(0, at) + m.text + lines[i]!.slice(at);
        out = lines.join('\n');
        break;
      }
      case 'delete': {
        const at = m.at % (out.length + 1);
        out = out.slice(0, at) + out.slice(at + m.length);
        break;
      }
      case 'duplicate-line': {
        const i = m.line % lines.length;
        lines.splice(i, 0, lines[i]!);
        out = lines.join('\n');
        break;
      }
      case 'swap-lines': {
        const a = m.a % lines.length;
        const b = m.b % lines.length;
        [lines[a], lines[b]] = [lines[b]!, lines[a]!];
        out = lines.join('\n');
        break;
      }
    }
  }
  return out;
}

/** Values that break the schema when dropped into a frontmatter field. */
export const anyValue = fc.oneof(
  fc.anything({ maxDepth: 3, maxKeys: 4 }),
  fc.constantFrom(null, '', 0, -1, 1e308, true, [], {}, 'Not-an-id!', 'a'.repeat(3000), 'क'.repeat(70)),
);
