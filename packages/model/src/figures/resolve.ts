import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { LoadedChapter } from '../load/chapter.js';
import { fail } from '../messages/report.js';
import type { Chapter, FigureBlock, FigureLabel } from '../schema/index.js';
import { figurePosition } from './placement.js';
import { sanitizeSvg, type SanitizedSvg } from './sanitize-svg.js';
import { MAX_FIGURE_BYTES } from './svg-policy.js';

type Named = Pick<FigureLabel, 'kind' | 'name'>;

interface Sanitized {
  svg: SanitizedSvg | undefined;
  messages: VFileMessage[];
}

/**
 * The SVGs sanitised by the last load in this process, by file name and text: watch mode loads the folder after
 * every save, and parsing and rebuilding the unchanged drawings was a fifth of that load. Their messages are
 * replayed onto the new file, as they were.
 */
let lastLoad = new Map<string, Sanitized>();

/** sanitizeSvg(file), or the last load's result for a file of the same name and text. */
function sanitizeKept(file: VFile, thisLoad: Map<string, Sanitized>): SanitizedSvg | undefined {
  const key = `${file.path}\0${String(file.value)}`;
  let kept = thisLoad.get(key) ?? lastLoad.get(key);
  if (kept) file.messages.push(...kept.messages);
  else {
    const before = file.messages.length;
    const svg = sanitizeSvg(file);
    kept = { svg, messages: file.messages.slice(before) };
  }
  thisLoad.set(key, kept);
  return kept.svg;
}

/**
 * Reads and checks the SVG of every placed figure and resolves its labels against the book's ids. Returns the
 * complete figure blocks by block id; problems go on the chapter (placement) or on the SVG file (drawing, labels).
 * `read` reads a content file as text (size, UTF-8, NFC and character set checked) and registers it for reporting.
 */
export function resolveFigures(contentDir: string, chapters: readonly LoadedChapter[], read: (name: string) => VFile, register: (file: VFile) => void): Map<string, FigureBlock> {
  const names = namesById(chapters.map((c) => c.chapter));
  const drawings = new Map<string, { file: VFile; svg: SanitizedSvg | undefined }>();
  const resolved = new Map<string, FigureBlock>();
  const figureIds = new Map<string, string>();
  const thisLoad = new Map<string, Sanitized>();
  for (const at of chapters) {
    for (const block of at.chapter.blocks) {
      if (block.type !== 'figure') continue;
      const place = figurePosition(block);
      const first = figureIds.get(block.figure);
      if (first) {
        fail(at.file, 'id-duplicate', `Figure id "${block.figure}" is already used in ${first}`, place);
        continue;
      }
      figureIds.set(block.figure, at.file.path);
      let drawing = drawings.get(block.src);
      if (!drawing) {
        const path = join(contentDir, block.src);
        if (!existsSync(path)) {
          fail(at.file, 'figure-missing', `The figure file ${block.src} does not exist`, place);
          continue;
        }
        const size = statSync(path).size;
        let file: VFile;
        if (size > MAX_FIGURE_BYTES) {
          file = new VFile({ path: block.src });
          register(file);
          fail(file, 'figure-too-large', `The file is ${size} bytes, over the limit of ${MAX_FIGURE_BYTES}`, { line: 1, column: 1 });
        } else file = read(block.src);
        drawing = { file, svg: file.value === undefined ? undefined : sanitizeKept(file, thisLoad) };
        drawings.set(block.src, drawing);
        if (drawing.svg) checkLabels(drawing.file, drawing.svg, names);
      }
      const svg = drawing.svg;
      if (!svg) continue;
      if (block.overview) {
        const labelled = new Set(svg.labels.map((l) => l.id));
        for (const [id, named] of names) {
          if (named.kind === 'gland' && !labelled.has(id)) {
            fail(at.file, 'figure-gland-missing', `The overview figure ${block.src} has no label for the gland "${id}" (${named.name.hi})`, place);
          }
        }
      }
      const labels: FigureLabel[] = svg.labels.flatMap(({ place: _p, ...label }) => {
        const named = names.get(label.id);
        return named ? [{ ...label, kind: named.kind, name: named.name }] : [];
      });
      resolved.set(block.id, { ...block, width: svg.width, height: svg.height, svg: svg.svg, labels });
    }
  }
  lastLoad = thisLoad;
  return resolved;
}

/** The chapter with its figure blocks replaced by their resolved versions (the loaded chapter stays as it was). */
export function withFigures(chapter: Chapter, resolved: ReadonlyMap<string, FigureBlock>): Chapter {
  if (!chapter.blocks.some((b) => b.type === 'figure')) return chapter;
  return { ...chapter, blocks: chapter.blocks.map((b) => (b.type === 'figure' ? resolved.get(b.id) ?? b : b)) };
}

function checkLabels(file: VFile, svg: SanitizedSvg, names: ReadonlyMap<string, Named>): void {
  const seen = new Map<string, { line: number; column: number }>();
  for (const label of svg.labels) {
    const first = seen.get(label.id);
    if (first) {
      fail(file, 'figure-label-duplicate', `A second label for "${label.id}" (the first is at ${first.line}:${first.column})`, label.place);
      continue;
    }
    seen.set(label.id, label.place as { line: number; column: number });
    const named = names.get(label.id);
    if (!named) {
      fail(file, 'reference-unknown', `The label "${label.text}" names "${label.id}", which is not a gland, part, hormone, disorder or term`, label.place);
      continue;
    }
    const forms = [named.name.hi, ...(named.name.aliases ?? [])];
    if (!forms.includes(label.text)) {
      fail(file, 'figure-label-text', `The label for "${label.id}" reads "${label.text}", not ${forms.map((f) => `"${f}"`).join(' or ')}`, label.place);
    }
  }
}

function namesById(chapters: readonly Chapter[]): Map<string, Named> {
  const names = new Map<string, Named>();
  const add = (kind: Named['kind'], id: string, name: Named['name']) => {
    if (!names.has(id)) names.set(id, { kind, name });
  };
  for (const chapter of chapters) {
    for (const gland of chapter.glands) {
      add('gland', gland.id, gland.name);
      for (const p of gland.parts ?? []) add('part', p.id, p.name);
      for (const h of gland.hormones ?? []) add('hormone', h.id, h.name);
      for (const d of gland.disorders ?? []) add('disorder', d.id, d.name);
    }
    for (const term of chapter.terms) add('term', term.id, term.name);
  }
  return names;
}
