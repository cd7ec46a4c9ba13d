/**
 * Every problem the loader can report, by rule id: what to do about it. Messages say what happened and
 * where (vfile position); this catalogue adds the fix, so authors get the same advice for the same mistake.
 */
export const catalogue = {
  'file-missing': 'Create the file, or remove it from the chapters list in book.yaml.',
  'file-unlisted': 'Add the file name to the chapters list in book.yaml, or move it out of content/.',
  'file-too-large': 'Split the chapter into smaller files; a content file may be at most 2 MB.',
  'file-empty': 'Write the frontmatter (--- id, title, titleEn ---) and the chapter text.',
  'encoding-utf8': 'Save the file as UTF-8 (most editors: "Save with encoding" → UTF-8).',
  'encoding-bom': 'Save the file as UTF-8 without a byte order mark (BOM).',
  'line-endings': 'Save the file with Unix line endings (LF), not Windows ones (CRLF).',
  'text-nfc': 'Normalise the text to Unicode NFC (e.g. `uconv -x any-nfc`); the same word must always be stored the same way, or search fails.',
  'text-charset': 'Use Devanagari, Latin letters, digits and common punctuation; emoji, other scripts and control characters would print as empty boxes.',
  'yaml-syntax': 'Fix the YAML syntax at this position (indentation, a missing colon, or an unquoted special character).',
  'yaml-alias': 'Do not use YAML anchors and aliases (&name / *name) in content files; write the values out.',
  'frontmatter-missing': 'Start the chapter file with a YAML frontmatter block between two lines of three dashes (---).',
  'schema-required': 'Add the missing field; see the schema reference in README.md.',
  'schema-unknown-key': 'Remove the key or fix its spelling; see the schema reference in README.md for the allowed keys.',
  'schema-type': 'Change the value to the type the schema asks for; see the schema reference in README.md.',
  'schema-value': 'Change the value so it satisfies the rule quoted; see the schema reference in README.md.',
  'id-duplicate': 'Give each gland, part, hormone, disorder and term its own id (ids are shared across the whole book), and each chapter its own chapter id.',
  'reference-unknown': 'Point the reference at an id that exists (check its spelling), or add the missing entry.',
  'heading-depth': 'Use ## to #### for headings in the body; the chapter title (#) comes from the frontmatter title.',
  'list-nested': 'Lists may not be nested; flatten the list or write the sub-points as sentences.',
  'list-item-content': 'A list item holds one line of text; move other content out of the list.',
  'directive-unknown': 'The block directives are :::editorial … ::: and ::figure[caption]{#id src=… alt=… en=…}; for a literal colon before a Latin letter write \\:.',
  'editorial-nested': 'Close the first :::editorial block before opening another.',
  'markdown-unsupported': 'Remove this construct; chapters support headings, paragraphs, lists, tables, bold, italics and links to #ids.',
  'html-raw': 'Raw HTML is shown as plain text, never as markup. Write Markdown instead (**bold**, *italic*).',
  'link-target': 'Links may only point inside the book: #id of a chapter, gland, hormone, disorder or term. Nothing is fetched from the network.',
  'image-unsupported': 'Images are not supported yet; describe the figure in text.',
  'nesting-too-deep': 'Flatten the structure: lists and quotes may nest at most 8 levels deep in a chapter.',
  'figure-attribute': 'Write the figure as ::figure[Hindi caption]{#figure-id src="figures/name.svg" alt="Hindi description" en="English caption"} (add .overview for the figure that shows every gland); see "Add a figure" in README.md.',
  'figure-placement': 'Place the figure outside :::editorial blocks: a figure is always an editorial addition and every output marks it as such by its caption.',
  'figure-missing': 'Create the SVG file under content/figures/, or fix the src of the figure.',
  'figure-too-large': 'Simplify the drawing (fewer points, no embedded data); a figure may be at most 512 KB.',
  'svg-syntax': 'Fix the XML at this position; open the file in a browser or run `xmllint --noout` on it to see the problem.',
  'svg-unsafe': 'Remove it: figures may not contain scripts, event handlers (on…), external references, <foreignObject>, embedded images or data: URIs, DOCTYPEs or entities. Draw with <g>, <path>, <rect>, <circle>, <ellipse>, <line>, <polyline>, <polygon> and <text> only.',
  'svg-unsupported': 'Use only the elements and presentation attributes listed under "Add a figure" in README.md (no style attributes, CSS, gradients, opacity or transforms on labels); outputs must draw the figure the same way.',
  'svg-too-deep': 'Flatten the groups: a figure may nest elements at most 12 levels deep.',
  'svg-viewbox': 'Give the root <svg> a viewBox="0 0 WIDTH HEIGHT" with positive numbers; every output scales the figure from it.',
  'figure-label-id': 'Give every <text> a data-id naming the gland, part, hormone, disorder or term it labels (e.g. data-id="thyroid-gland").',
  'figure-label-duplicate': 'Label each id once in a figure: remove one of the two labels, or point it at another id.',
  'figure-label-text': 'Write the label as the Hindi name of its id or one of its aliases (as in the chapter frontmatter), so the label reads and searches like the text.',
  'figure-gland-missing': 'Add a label (<text data-id="…">) for this gland to the overview figure, at its place in the body.',
  'internal-error': 'This is a bug in the loader, not in your content; please report it with the file attached.',
  'date-missing': 'Set SOURCE_DATE_EPOCH, or add `date: YYYY-MM-DD` to book.yaml, or build inside the git checkout so the last commit date of content/ can be used.',
} as const;

export type RuleId = keyof typeof catalogue;

export const SOURCE = 'book';
