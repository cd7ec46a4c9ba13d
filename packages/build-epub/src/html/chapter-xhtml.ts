import { createHash } from 'node:crypto';
import type { GlandFacts } from '@book/facts-view';
import { keepingBetweenBuilds } from '@book/kept-files';
import type { BookMeta, Chapter } from '@book/model';
import type { Element, ElementContent } from 'hast';
import { chapterToHast } from './chapter.js';
import type { Linker } from './links.js';
import { toXhtml, toXhtmlWithItems } from './serialize.js';
import type { Stretches } from './text-by-weight.js';

interface KeptChapter {
  /**
   * Everything the XHTML is made from but the links (the chapter, its gland facts, the UI words), as the SHA-256 of
   * their JSON: keeping the JSON itself for every chapter (30 MB at 100×) made its garbage collection cost more than
   * serialising the chapters.
   */
  key: string;
  /** Each link the chapter made, with where it pointed. */
  links: [href: string, target: string][];
  document: SerializedDocument;
}

/** A document's XHTML, and its text by weight for the font subsets (kept instead of its tree, which is far larger). */
export interface SerializedDocument {
  xhtml: string;
  text: Stretches;
}

/** A document's body content, sanitised and serialised (serialize.ts), with its text by weight. */
export function serializeDocument(nodes: Parameters<typeof toXhtml>[0]): SerializedDocument {
  return toXhtml(nodes);
}

/** The same for a document made of a frame and a long list of items (see toXhtmlWithItems). */
export function serializeLongDocument(frame: Element, items: Iterable<ElementContent[]>): SerializedDocument {
  return toXhtmlWithItems(frame, items);
}

/** The chapters of the last EPUB built in this process, by chapter id. */
let lastBuild = new Map<string, KeptChapter>();

/**
 * Serialises the chapters of one EPUB build: a chapter is made again only when it, its gland facts or the UI
 * words changed, or when one of its links now points elsewhere (a target renamed or moved in another chapter);
 * otherwise the last build's XHTML is used (watch mode: a save changes one chapter). `done()` keeps this build's.
 * The returned documents are shared between builds and must not be changed. Only while keepBetweenBuilds() is on;
 * otherwise each chapter is simply serialised.
 */
export function chapterSerializer(link: Linker) {
  if (!keepingBetweenBuilds()) {
    lastBuild = new Map();
    return {
      xhtml: (chapter: Chapter, glands: GlandFacts[], ui: BookMeta['ui']): SerializedDocument => serializeDocument([chapterToHast(chapter, glands, ui, link)]),
      done(): void {},
    };
  }
  const thisBuild = new Map<string, KeptChapter>();
  const pointsTo = (href: string, target: string) => {
    try {
      return link(href) === target;
    } catch {
      return false; // the target is gone: make the chapter again, which reports it
    }
  };
  return {
    xhtml(chapter: Chapter, glands: GlandFacts[], ui: BookMeta['ui']): SerializedDocument {
      const key = createHash('sha256').update(JSON.stringify([chapter, glands, ui])).digest('base64');
      let kept = lastBuild.get(chapter.id);
      if (!kept || kept.key !== key || !kept.links.every(([href, target]) => pointsTo(href, target))) {
        const links: [string, string][] = [];
        const recordingLink: Linker = (href) => {
          const target = link(href);
          links.push([href, target]);
          return target;
        };
        kept = { key, links, document: serializeDocument([chapterToHast(chapter, glands, ui, recordingLink)]) };
      }
      thisBuild.set(chapter.id, kept);
      return kept.document;
    },
    done(): void {
      lastBuild = thisBuild;
    },
  };
}
