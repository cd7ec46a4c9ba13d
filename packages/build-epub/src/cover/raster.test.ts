import { describe, expect, it } from 'vitest';
import { Canvas, type Contour } from './raster.js';

const square = (x0: number, y0: number, x1: number, y1: number): Contour => [[x0, y0], [x1, y0], [x1, y1], [x0, y1]];
const reversed = (contour: Contour): Contour => [...contour].reverse();
const red = (canvas: Canvas, x: number, y: number) => canvas.pixels[(y * canvas.width + x) * 3]!;

describe('Canvas.fill', () => {
  it('covers whole pixels fully, half-covered ones by half, and leaves the rest', () => {
    const canvas = new Canvas(6, 3, [1, 1, 1]);
    canvas.fill([square(1.5, 0, 3.5, 3)], [0, 0, 0]);
    expect([0, 1, 2, 3, 4].map((x) => red(canvas, x, 1))).toEqual([255, 128, 0, 128, 255]);
  });

  it('fills by the nonzero rule: a contour going the other way cuts a hole, one going the same way does not', () => {
    const hole = new Canvas(8, 8, [1, 1, 1]);
    hole.fill([square(1, 1, 7, 7), reversed(square(3, 3, 5, 5))], [0, 0, 0]);
    expect([red(hole, 2, 4), red(hole, 4, 4), red(hole, 6, 4)]).toEqual([0, 255, 0]);
    const overlap = new Canvas(8, 8, [1, 1, 1]);
    overlap.fill([square(1, 1, 7, 7), square(3, 3, 5, 5)], [0.5, 0.5, 0.5]);
    expect([red(overlap, 2, 4), red(overlap, 4, 4)]).toEqual([128, 128]);
  });

  it('draws shapes side by side on the same rows, each on its own', () => {
    const canvas = new Canvas(12, 4, [1, 1, 1]);
    canvas.fill([square(1, 0, 3, 4), square(6, 1, 8, 3), square(10, 0, 11, 4)], [0, 0, 0]);
    expect([...Array(12).keys()].map((x) => red(canvas, x, 2))).toEqual([255, 0, 0, 255, 255, 255, 0, 0, 255, 255, 0, 255]);
    expect([red(canvas, 6, 0), red(canvas, 6, 3)]).toEqual([255, 255]);
  });
});
