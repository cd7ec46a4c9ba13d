/** File names inside OEBPS/: ASCII, derived from model ids (epub-gen-memory would slugify Hindi titles to `0_.xhtml`). */
export const COVER_FILE = 'cover.xhtml';
export const NAV_FILE = 'toc.xhtml';
export const GLOSSARY_FILE = 'glossary.xhtml';

export function chapterFile(chapterId: string): string {
  return `${chapterId}.xhtml`;
}
