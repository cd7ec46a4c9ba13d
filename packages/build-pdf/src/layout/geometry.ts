/** A5 portrait reading page and A4 landscape booklet sheet, in PostScript points. */
export const A5 = { width: 419.53, height: 595.28 } as const;
export const A4_LANDSCAPE = { width: 841.89, height: 595.28 } as const;

export const margin = { top: 58, bottom: 56, left: 44, right: 44 } as const;
export const contentWidth = A5.width - margin.left - margin.right;
export const headerBaseline = A5.height - 34;
export const footerBaseline = 30;

/** Type sizes (pt) and line heights. Devanagari needs generous leading: marks reach far above and below. */
export const type = {
  body: 10.5,
  small: 8.5,
  table: 9,
  h1: 19,
  h2: 14,
  h3: 12,
  h4: 11,
  coverTitle: 30,
} as const;

export const leading = (size: number): number => size * 1.68;
/** Distance from a line's top to its baseline. */
export const ascent = (size: number): number => size * 1.16;
