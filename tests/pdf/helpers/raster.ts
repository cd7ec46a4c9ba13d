import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** An 8-bit greyscale raster (0 black … 255 white). */
export interface Gray {
  width: number;
  height: number;
  data: Uint8Array;
}

export function parsePgm(bytes: Uint8Array): Gray {
  const header = Buffer.from(bytes.subarray(0, 64)).toString('latin1');
  const m = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(header);
  if (!m) throw new Error('not an 8-bit binary PGM');
  const width = +m[1]!;
  const height = +m[2]!;
  return { width, height, data: bytes.subarray(m[0].length, m[0].length + width * height) };
}

/** Renders pages of a PDF to greyscale rasters with pdftoppm (anti-aliasing on, as a reader sees them). */
export function renderPages(pdf: string, dpi: number, first?: number, last?: number): Gray[] {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-render-'));
  const range = first ? ['-f', String(first), '-l', String(last ?? first)] : [];
  execFileSync('pdftoppm', ['-gray', '-r', String(dpi), ...range, pdf, join(dir, 'p')]);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.pgm'))
    .sort()
    .map((f) => parsePgm(new Uint8Array(readFileSync(join(dir, f)))));
}

/** Share of pixels darker than mid-grey. */
export function ink(image: Gray): number {
  let dark = 0;
  for (const v of image.data) if (v < 128) dark++;
  return dark / image.data.length;
}

/** Mean absolute difference per pixel, 0–255. */
export function meanDifference(a: Gray, b: Gray): number {
  if (a.width !== b.width || a.height !== b.height) return 255;
  let sum = 0;
  for (let i = 0; i < a.data.length; i++) sum += Math.abs(a.data[i]! - b.data[i]!);
  return sum / a.data.length;
}
