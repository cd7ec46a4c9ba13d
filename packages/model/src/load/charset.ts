/**
 * The characters content may use: what the book's font (Noto Sans Devanagari) can draw and a reader expects in a
 * Hindi study text. Anything else (emoji, other scripts, control characters) would print as an empty box, so it is
 * refused with a position instead. tests/model/charset.test.ts proves the font has every one of them.
 */
export const SUPPORTED_RANGES: readonly (readonly [number, number])[] = [
  [0x09, 0x0a], // tab, line feed
  [0x20, 0x7e], // Basic Latin
  [0xa0, 0xa0], // no-break space
  [0xb0, 0xb0], // °
  [0xc0, 0xd6],
  [0xd8, 0xf6],
  [0xf8, 0xff], // Latin-1 letters
  [0x0900, 0x097f], // Devanagari
  [0x1cd0, 0x1cf6], // Vedic extensions
  [0x200c, 0x200d], // ZWNJ, ZWJ
  [0x2010, 0x2010],
  [0x2013, 0x2014], // hyphen, en and em dash
  [0x2018, 0x2019],
  [0x201c, 0x201d], // quotation marks
  [0x2022, 0x2022], // •
  [0x2026, 0x2026], // …
  [0x20b9, 0x20b9], // ₹
  [0x2212, 0x2212], // −
  [0xa8e0, 0xa8ff], // Devanagari Extended
];

const supported = new RegExp(
  `[^${SUPPORTED_RANGES.map(([a, b]) => (a === b ? u(a) : `${u(a)}-${u(b)}`)).join('')}]`,
  'gu',
);

function u(code: number): string {
  return `\\u{${code.toString(16)}}`;
}

/** 1 for each supported UTF-16 unit: every range lies in the BMP, so no surrogate (half of a pair) is one. */
const SUPPORTED_UNITS = new Uint8Array(0x10000);
for (const [from, to] of SUPPORTED_RANGES) SUPPORTED_UNITS.fill(1, from, to + 1);

/**
 * Whether every character of a text is supported. A table lookup per unit: the regular expression took ~100 ms
 * for the 10 MB of the 100× bench book, where nearly every text has nothing to find.
 */
function allSupported(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (SUPPORTED_UNITS[text.charCodeAt(i)] === 0) return false;
  return true;
}

/** Offsets and characters of the first `limit` unsupported characters in a text. */
export function unsupportedCharacters(text: string, limit = 5): { offset: number; char: string }[] {
  if (allSupported(text)) return [];
  const found: { offset: number; char: string }[] = [];
  for (const match of text.matchAll(supported)) {
    found.push({ offset: match.index, char: match[0] });
    if (found.length === limit) break;
  }
  return found;
}
