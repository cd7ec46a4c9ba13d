/** Figures: the drawing as wide as the text column, never taller than the screen; labels in the body font. */
export const FIGURE_STYLESHEET = `figure.figure { margin: 1.2em 0; text-align: center; page-break-inside: avoid; break-inside: avoid; }
svg.figure-drawing { width: 100%; height: auto; max-height: 90vh; }
svg.figure-drawing text { font-family: "Noto Sans Devanagari", sans-serif; font-weight: normal; fill: #1b1b1b; }
figcaption { font-size: 0.9em; color: #333; margin-top: 0.4em; }
.caption-en { color: #555; }
`;
