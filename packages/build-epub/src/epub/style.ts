/** Font files inside OEBPS/fonts/ (subsets of Noto Sans Devanagari). */
export const FONT_FILES = { regular: 'NotoSansDevanagari-Regular.ttf', bold: 'NotoSansDevanagari-Bold.ttf' } as const;

/**
 * The stylesheet. Font weights are set on exactly the elements (and .gloss class) html/text-by-weight.ts counts, so each
 * subset holds every glyph drawn with it. Colours keep at least 4.5:1 contrast on white.
 */
export const STYLESHEET = `@font-face { font-family: "Noto Sans Devanagari"; font-weight: normal; font-style: normal; src: url("fonts/${FONT_FILES.regular}") format("truetype"); }
@font-face { font-family: "Noto Sans Devanagari"; font-weight: bold; font-style: normal; src: url("fonts/${FONT_FILES.bold}") format("truetype"); }
body { font-family: "Noto Sans Devanagari", sans-serif; line-height: 1.6; margin: 0 0.5em; }
h1, h2, h3, h4, th, strong, dfn { font-weight: bold; }
.gloss { font-weight: normal; }
dfn { font-style: normal; }
h1 { font-size: 1.6em; margin: 0.8em 0 0.2em; }
h2 { font-size: 1.3em; margin: 1.2em 0 0.4em; }
h3 { font-size: 1.15em; margin: 1em 0 0.3em; }
h4 { font-size: 1em; margin: 1em 0 0.3em; }
.title-en { margin-top: 0; color: #555; }
.editorial { border-left: 0.25em solid #8a5a00; background: #fff8e6; padding: 0.2em 0.8em; margin: 1em 0; }
.editorial-label { color: #6b4600; font-size: 0.85em; margin: 0; }
table { border-collapse: collapse; margin: 1em 0; width: 100%; }
caption { text-align: left; color: #444; padding-bottom: 0.3em; }
th, td { border: 1px solid #999; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
thead th { background: #eef2f7; }
td p, td ul { margin: 0; }
td ul { padding-left: 1.2em; }
dt { margin-top: 0.6em; }
dd { margin-left: 1.5em; }
.landmarks { display: none; }
.cover { text-align: center; }
.cover-image { display: block; max-width: 100%; max-height: 95vh; margin: 0 auto 3em; }
.cover-title { font-size: 2.4em; color: #1d3b63; }
.cover-subtitle { font-size: 1.2em; }
.cover-title-en { color: #555; }
.cover-author, .cover-publisher { margin-top: 2em; }
.cover-license { font-size: 0.85em; color: #555; margin-top: 3em; }
`;
