import type { Position } from 'unist';
import type { VFile } from 'vfile';

/** A `#id` link of the prose and where it is written, for checking its target once the whole book is loaded. */
export interface WrittenLink {
  href: string;
  place: Position | undefined;
}

/** Remember a link the Markdown of `file` makes (toRuns calls this); takeLinks collects them. */
export function recordLink(file: VFile, href: string, place: Position | undefined): void {
  ((file.data.links as WrittenLink[] | undefined) ??= []).push({ href, place });
}

export function takeLinks(file: VFile): WrittenLink[] {
  const links = (file.data.links as WrittenLink[] | undefined) ?? [];
  delete file.data.links;
  return links;
}
