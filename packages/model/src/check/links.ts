import type { LoadedChapter } from '../load/chapter.js';
import { linkResolver } from '../links/resolve.js';
import { fail } from '../messages/report.js';
import { entityIds } from './references.js';

/**
 * Every `#id` link must land somewhere, by the same resolver the PDF and EPUB use: else the outputs disagree or fail.
 * The glossary holds exactly the glands, parts, hormones, disorders and terms, so their ids stand in for it here.
 */
export function checkLinks(chapters: readonly LoadedChapter[]): void {
  const glossary = entityIds(chapters).map((id) => ({ id }));
  const resolve = linkResolver({ chapters: chapters.map((loaded) => loaded.chapter), glossary });
  for (const loaded of chapters) {
    for (const { href, place } of loaded.links) {
      if (!resolve(href)) fail(loaded.file, 'link-unknown', `Link to "${href}" points to nothing in the book`, place);
    }
  }
}
