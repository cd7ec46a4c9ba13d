/**
 * Every problem the loader can report, by rule id: what to do about it. Messages say what happened and
 * where (vfile position); this catalogue adds the fix, so authors get the same advice for the same mistake.
 */
export const catalogue = {
  'file-missing': 'Create the file, or remove it from the chapters list in book.yaml.',
  'file-unlisted': 'Add the file name to the chapters list in book.yaml, or move it out of content/.',
  'file-not-regular': 'Content files must be ordinary files inside content/: replace a symbolic link with a copy of its target (the build only watches content/), and remove directories, pipes or devices named like content files.',
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
  'fact-provenance': 'Add `from: source` if the source text says this, or `from: editorial` if the editors added or corrected it; every output marks editorial facts, so a learner knows what the old text did not say.',
  'part-not-in-gland': 'A hormone\'s `part` names a part of the gland it is listed under. If another gland makes it (oxytocin: the hypothalamus), write `madeIn: <gland or part id>` and `releasedFrom: <part of this gland>` instead.',
  'hormone-made-in': 'Use either `part` (made in this gland) or `madeIn` with `releasedFrom` (made elsewhere, released from a part of this gland), not both; `releasedFrom` needs `madeIn`.',
  'editorial-about': 'Set `about` to words that occur in the source sentence this editorial note corrects, earlier in the same chapter, e.g. :::editorial{about="प्रेडनीसोन"}.',
  'reference-unknown': 'Point the reference at an id that exists (check its spelling), or add the missing entry.',
  'heading-depth': 'Use ## to #### for headings in the body; the chapter title (#) comes from the frontmatter title.',
  'list-nested': 'Lists may not be nested; flatten the list or write the sub-points as sentences.',
  'list-item-content': 'A list item holds one line of text; move other content out of the list.',
  'directive-unknown': 'The only block directive is :::editorial … :::; for a literal colon before a Latin letter write \\:.',
  'editorial-id': 'Give the editorial block an id of lowercase letters, digits and hyphens, e.g. :::editorial{#steroid-drugs}.',
  'editorial-nested': 'Close the first :::editorial block before opening another.',
  'markdown-unsupported': 'Remove this construct; chapters support headings, paragraphs, lists, tables, bold, italics and links to #ids.',
  'html-raw': 'Raw HTML is shown as plain text, never as markup. Write Markdown instead (**bold**, *italic*).',
  'link-target': 'Links may only point inside the book: #id of a chapter, gland, hormone, disorder or term. Nothing is fetched from the network.',
  'link-unknown': 'Point the link at an id that exists in the book (a chapter, gland, part, hormone, disorder or term; check its spelling), or remove the link.',
  'image-unsupported': 'Images are not supported yet; describe the figure in text.',
  'nesting-too-deep': 'Flatten the structure: lists and quotes may nest at most 8 levels deep in a chapter.',
  'emphasis-nesting': 'Use at most three emphasis marks together (***bold italic***) and at most 60 bold or italic words per paragraph; for a literal * or _ write \\* or \\_.',
  'internal-error': 'This is a bug in the loader, not in your content; please report it with the file attached.',
  'date-missing': 'Set SOURCE_DATE_EPOCH, or add `date: YYYY-MM-DD` to book.yaml, or build inside the git checkout so the last commit date of content/ can be used.',
} as const;

export type RuleId = keyof typeof catalogue;

export const SOURCE = 'book';
