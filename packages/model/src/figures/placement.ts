import type { PhrasingContent, RootContent } from 'mdast';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import type { FigureBlock } from '../schema/index.js';
import { fail } from '../messages/report.js';

type LeafDirective = Extract<RootContent, { type: 'leafDirective' }>;

const ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const SRC = /^figures\/[a-z0-9]+(-[a-z0-9]+)*\.svg$/;
const DEVANAGARI = /[\u0900-\u097F]/;
const ATTRIBUTES = new Set(['id', 'src', 'alt', 'en', 'class']);

/** Where each placed figure was written in its chapter, for messages about its SVG and labels. */
const positions = new WeakMap<FigureBlock, Position | undefined>();

export function figurePosition(block: FigureBlock): Position | undefined {
  return positions.get(block);
}

/** Give a figure block read back from the chapter cache the position its placement had. */
export function placeFigure(block: FigureBlock, place: Position | undefined): void {
  positions.set(block, place);
}

/**
 * `::figure[caption]{#id src="figures/x.svg" alt="…" en="…" .overview}` → a figure block whose drawing and labels
 * are still empty: the SVG is read and checked once the whole book is loaded (resolveFigures), since labels name
 * ids of every chapter.
 */
export function figurePlacement(file: VFile, blockId: string, node: LeafDirective): FigureBlock | undefined {
  const attributes = node.attributes ?? {};
  const place = node.position;
  let ok = true;
  const problem = (what: string) => {
    fail(file, 'figure-attribute', what, place);
    ok = false;
  };
  for (const key of Object.keys(attributes)) if (!ATTRIBUTES.has(key)) problem(`Unknown figure attribute "${key}"`);
  const id = attributes.id ?? '';
  const src = attributes.src ?? '';
  const alt = (attributes.alt ?? '').trim();
  const en = (attributes.en ?? '').trim();
  const classes = (attributes.class ?? '').split(/\s+/).filter(Boolean);
  const caption = plainText(node.children).replace(/\s+/g, ' ').trim();
  if (!ID.test(id)) problem(`The figure id "#${id}" is missing or not an id (lowercase letters, digits, single hyphens)`);
  if (!SRC.test(src)) problem(`The figure src "${src}" is not figures/<name>.svg`);
  if (!caption || !DEVANAGARI.test(caption)) problem('The figure has no Hindi caption in [brackets]');
  if (!alt || !DEVANAGARI.test(alt)) problem('The figure has no Hindi alt text (alt="…")');
  if (!en || DEVANAGARI.test(en)) problem('The figure has no English caption (en="…", Latin script only)');
  for (const c of classes) if (c !== 'overview') problem(`Unknown figure class ".${c}"`);
  if (!ok) return undefined;
  const block: FigureBlock = {
    type: 'figure',
    id: blockId,
    figure: id,
    src,
    caption,
    captionEn: en,
    alt,
    overview: classes.includes('overview'),
    width: 0,
    height: 0,
    svg: '',
    labels: [],
  };
  positions.set(block, place);
  return block;
}

function plainText(nodes: readonly PhrasingContent[]): string {
  return nodes.map((node) => ('value' in node ? node.value : 'children' in node ? plainText(node.children as PhrasingContent[]) : '')).join('');
}
