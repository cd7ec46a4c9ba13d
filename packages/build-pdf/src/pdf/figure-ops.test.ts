import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keptFiles } from '@book/kept-files';
import type { Book, FigureBlock } from '@book/model';
import { writeAtomic } from '@book/model/io';
import { figureDrawings, keepFigureDrawingsIn, MAX_DRAWING_FILES } from './figure-ops.js';

type Figure = Pick<FigureBlock, 'id' | 'svg' | 'width' | 'height'>;
const svg = (shape: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50">${shape}</svg>`;
const rect = { id: 'fig-rect', svg: svg('<rect x="10" y="10" width="30" height="20" fill="#c00"/>'), width: 100, height: 50 };
const circle = { id: 'fig-circle', svg: svg('<circle cx="50" cy="25" r="20" fill="#00c"/>'), width: 100, height: 50 };

/** figureDrawings reads only the figure blocks of the chapters. */
const bookOf = (...figures: Figure[]) => ({ chapters: [{ blocks: figures.map((f) => ({ type: 'figure', ...f })) }] }) as unknown as Book;
const opsOf = (drawings: ReturnType<typeof figureDrawings>) => Object.fromEntries([...drawings].map(([id, form]) => [id, form.ops]));

/** One build process with the drawings kept in `dir` (undefined: nothing kept), as the command runs it. */
function build(dir: string | undefined, ...figures: Figure[]): Record<string, string> {
  const save = keepFigureDrawingsIn(dir, writeAtomic);
  const ops = opsOf(figureDrawings(bookOf(...figures)));
  expect(save()).toBeUndefined();
  return ops;
}
const cold = (...figures: Figure[]) => build(undefined, ...figures);
const temporary = () => mkdtempSync(join(tmpdir(), 'figure-drawings-'));
const drawingFiles = (dir: string) => readdirSync(dir).filter((name) => name.startsWith('figure-')).sort();

afterEach(() => {
  keepFigureDrawingsIn(undefined);
});

describe('figure drawings kept on disk between builds', () => {
  it('writes one file per distinct drawing, and the next process reads it instead of drawing again', () => {
    const dir = temporary();
    const first = build(dir, rect, { ...rect, id: 'fig-rect-again' });
    expect(first).toEqual(cold(rect, { ...rect, id: 'fig-rect-again' }));
    expect(drawingFiles(dir)).toHaveLength(1);
    // Plant other (well-formed) bytes under the kept name: a process that reads the file returns them.
    const [name] = drawingFiles(dir);
    keptFiles('figure-', '.ops', MAX_DRAWING_FILES).save(dir, name!.slice('figure-'.length, -'.ops'.length), Buffer.from('0 0 m', 'latin1'), writeAtomic);
    expect(build(dir, rect)).toEqual({ 'fig-rect': '0 0 m' });
  });

  it('a figure whose SVG or size differs from a kept one is drawn, not given the kept drawing', () => {
    const dir = temporary();
    build(dir, rect);
    expect(build(dir, circle)).toEqual(cold(circle));
    const wider = { ...rect, width: 120 };
    expect(build(dir, wider)).toEqual(cold(wider));
    expect(drawingFiles(dir)).toHaveLength(3);
    expect(build(dir, rect, circle, wider)).toEqual(cold(rect, circle, wider));
  });

  it('a truncated or corrupt file counts as missing', () => {
    const dir = temporary();
    const first = build(dir, rect);
    const path = join(dir, drawingFiles(dir)[0]!);
    const bytes = readFileSync(path);
    bytes[0] = bytes[0]! ^ 0xff;
    writeFileSync(path, bytes);
    expect(build(dir, rect)).toEqual(first);
    writeFileSync(path, bytes.subarray(0, 10));
    expect(build(dir, rect)).toEqual(first);
  });

  it('keeps nothing without a folder, and asks for a write function with one', () => {
    expect(() => keepFigureDrawingsIn(temporary())).toThrow(TypeError);
    expect(build(undefined, rect)).toEqual(cold(rect));
  });
});
