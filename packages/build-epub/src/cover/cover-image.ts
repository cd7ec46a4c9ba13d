import * as hb from 'harfbuzzjs';
import { fontBytes, type FontWeight } from '@book/fonts';
import type { BookMeta } from '@book/model';
import { encodePng } from './png.js';
import { Canvas, type Contour, type Rgb } from './raster.js';

/**
 * The cover image: the PDF cover's design (A5, the same band, rule and title block, in Noto Sans Devanagari shaped by
 * HarfBuzz) drawn as a PNG, because e-book libraries (calibre, readers' shelves) show only raster covers.
 * Geometry is in PDF points measured from the top, as the PDF cover lays it out (build-pdf layout/book.ts cover()).
 */
const PAGE = { width: 419.53, height: 595.28, margin: 44 };
export const COVER_PIXELS = { width: 600, height: Math.round((600 * PAGE.height) / PAGE.width) };
const scale = COVER_PIXELS.width / PAGE.width;
const leading = (size: number): number => size * 1.68;
const ascent = (size: number): number => size * 1.16;

interface Face {
  font: hb.Font;
  upem: number;
}
const faces = new Map<FontWeight, Face>();
function face(weight: FontWeight): Face {
  let f = faces.get(weight);
  if (!f) {
    const hbFace = new hb.Face(new hb.Blob(fontBytes(weight)));
    f = { font: new hb.Font(hbFace), upem: hbFace.upem };
    faces.set(weight, f);
  }
  return f;
}

interface Glyph {
  gid: number;
  xAdvance: number;
  xOffset: number;
  yOffset: number;
}

/** Shaped runs of the cover being drawn: line breaking measures each candidate line, and the lines are drawn from the same runs. */
const shaped = new Map<string, Glyph[]>();

function shape(weight: FontWeight, text: string): Glyph[] {
  const key = `${weight} ${text}`;
  let glyphs = shaped.get(key);
  if (!glyphs) {
    const buffer = new hb.Buffer();
    buffer.addText(text);
    buffer.guessSegmentProperties();
    hb.shape(face(weight).font, buffer);
    const positions = buffer.getGlyphPositions();
    glyphs = buffer.getGlyphInfos().map((g, i) => ({ gid: g.codepoint, ...positions[i]! }));
    shaped.set(key, glyphs);
  }
  return glyphs;
}

const width = (weight: FontWeight, size: number, text: string): number =>
  (shape(weight, text).reduce((w, g) => w + g.xAdvance, 0) * size) / face(weight).upem;

/** Greedy line breaking at spaces within the content width, as the PDF's paragraphs do. */
function lines(weight: FontWeight, size: number, text: string): string[] {
  const out: string[] = [];
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    const last = out.at(-1);
    if (last !== undefined && width(weight, size, `${last} ${word}`) <= PAGE.width - 2 * PAGE.margin) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  return out;
}

/** Outlines of one line of text centred on the page, baseline at `baseline` pt from the top, in pixels. */
function outlines(weight: FontWeight, size: number, text: string, baseline: number): Contour[] {
  const { font, upem } = face(weight);
  const k = size / upem;
  let pen = (PAGE.width - width(weight, size, text)) / 2;
  const contours: Contour[] = [];
  for (const g of shape(weight, text)) {
    const ox = pen + g.xOffset * k;
    const oy = baseline - g.yOffset * k;
    const point = (x: number, y: number): [number, number] => [(ox + x * k) * scale, (oy - y * k) * scale];
    let contour: Contour = [];
    let at: [number, number] = [0, 0];
    for (const { type, values: v } of font.glyphToJson(g.gid)) {
      if (type === 'M') {
        if (contour.length) contours.push(contour);
        contour = [point(v[0]!, v[1]!)];
        at = [v[0]!, v[1]!];
      } else if (type === 'L') {
        contour.push(point(v[0]!, v[1]!));
        at = [v[0]!, v[1]!];
      } else if (type === 'Q' || type === 'C') {
        const ctrl = type === 'Q' ? [at, [v[0]!, v[1]!], [v[2]!, v[3]!]] : [at, [v[0]!, v[1]!], [v[2]!, v[3]!], [v[4]!, v[5]!]];
        for (let i = 1; i <= 8; i++) {
          const p = bezier(ctrl as [number, number][], i / 8);
          contour.push(point(p[0], p[1]));
        }
        at = ctrl.at(-1) as [number, number];
      } else if (type === 'Z' && contour.length) {
        contours.push(contour);
        contour = [];
      }
    }
    if (contour.length) contours.push(contour);
    pen += g.xAdvance * k;
  }
  return contours;
}

/** The point at t of a quadratic or cubic Bézier curve, by de Casteljau's construction. */
function bezier(points: [number, number][], t: number): [number, number] {
  const x = points.map((p) => p[0]);
  const y = points.map((p) => p[1]);
  for (let n = points.length - 1; n > 0; n--) {
    for (let i = 0; i < n; i++) {
      x[i] = x[i]! + (x[i + 1]! - x[i]!) * t;
      y[i] = y[i]! + (y[i + 1]! - y[i]!) * t;
    }
  }
  return [x[0]!, y[0]!];
}

const gray = (g: number): Rgb => [g, g, g];

let lastCover: { key: string; png: Uint8Array } | undefined;

/**
 * The cover as PNG bytes. Same metadata, same bytes. Drawing it is a third of an EPUB build and depends on the
 * metadata alone, so the last one is kept by its metadata for watch mode's next build (a copy is returned).
 */
export function coverImage(meta: BookMeta): Uint8Array {
  const key = JSON.stringify(meta);
  if (lastCover?.key !== key) lastCover = { key, png: drawCover(meta) };
  return lastCover.png.slice();
}

function drawCover(meta: BookMeta): Uint8Array {
  shaped.clear();
  const canvas = new Canvas(COVER_PIXELS.width, COVER_PIXELS.height, [1, 1, 1]);
  const px = (pt: number): number => pt * scale;
  canvas.rect(0, 0, canvas.width, px(250), [0.97, 0.93, 0.85]);
  canvas.rect(0, px(250), canvas.width, px(6), [0.72, 0.42, 0.12]);
  let top = 110;
  const paragraph = (text: string, size: number, weight: FontWeight, color: Rgb): void => {
    for (const line of lines(weight, size, text)) {
      canvas.fill(outlines(weight, size, line, top + ascent(size)), color);
      top += leading(size);
    }
  };
  paragraph(meta.title, 30, 'bold', gray(0));
  if (meta.subtitle) paragraph(meta.subtitle, 12, 'regular', gray(0));
  top += 6;
  paragraph(meta.titleEn, 12, 'regular', gray(0.35));
  top = PAGE.height - 200;
  paragraph(meta.author, 11, 'bold', gray(0.2));
  paragraph(meta.publisher, 10.5, 'regular', gray(0.2));
  top = PAGE.height - 100;
  if (meta.source) paragraph(`${meta.ui.source}: ${meta.source.title}`, 8.5, 'regular', gray(0.2));
  paragraph(meta.license, 8.5, 'regular', gray(0.2));
  return encodePng(canvas.width, canvas.height, canvas.pixels);
}

/** What the cover shows, for its alt text. */
export function coverAlt(meta: BookMeta): string {
  return [meta.title, meta.subtitle, meta.titleEn, meta.author].filter(Boolean).join(' — ');
}
