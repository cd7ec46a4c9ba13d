/** File names inside OEBPS/: ASCII, derived from model ids (epub-gen-memory would slugify Hindi titles to `0_.xhtml`). */
export const COVER_FILE = 'cover.xhtml';
export const NAV_FILE = 'toc.xhtml';
export const GLOSSARY_FILE = 'glossary.xhtml';
export const COVER_IMAGE = 'cover.png';

/**
 * An XHTML id for a model id: model ids may contain "/" (`pituitary/l1/i3`), which is no valid XML name character;
 * "." never occurs in model ids, so the mapping stays one to one.
 */
export function htmlId(id: string): string {
  return id.replaceAll('/', '.');
}

export function chapterFile(chapterId: string): string {
  return `${chapterId}.xhtml`;
}
