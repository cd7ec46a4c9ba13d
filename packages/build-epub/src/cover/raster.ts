/** A tiny anti-aliased rasteriser: filled rectangles and glyph outlines (nonzero winding) onto an RGB canvas. */

export type Rgb = [number, number, number];
/** A closed outline as a polyline, in pixels (y down). */
export type Contour = [number, number][];

const SUB = 4; // sub-scanlines and sub-columns per pixel

export class Canvas {
  readonly pixels: Uint8Array;

  constructor(
    readonly width: number,
    readonly height: number,
    background: Rgb,
  ) {
    this.pixels = new Uint8Array(width * height * 3);
    const [r, g, b] = background.map(to8) as Rgb;
    for (let at = 0; at < this.pixels.length; at += 3) {
      this.pixels[at] = r;
      this.pixels[at + 1] = g;
      this.pixels[at + 2] = b;
    }
  }

  rect(x: number, y: number, w: number, h: number, color: Rgb): void {
    this.fill([[[x, y], [x + w, y], [x + w, y + h], [x, y + h]]], color);
  }

  /** Fills the contours with the nonzero rule; coverage is sampled SUB×SUB times per pixel. */
  fill(contours: Contour[], color: Rgb): void {
    const edges: { x0: number; y0: number; x1: number; y1: number; dir: number }[] = [];
    let top = Infinity;
    let bottom = -Infinity;
    for (const c of contours) {
      for (let i = 0; i < c.length; i++) {
        const [ax, ay] = c[i]!;
        const [bx, by] = c[(i + 1) % c.length]!;
        if (ay === by) continue;
        edges.push(ay < by ? { x0: ax, y0: ay, x1: bx, y1: by, dir: 1 } : { x0: bx, y0: by, x1: ax, y1: ay, dir: -1 });
        top = Math.min(top, ay, by);
        bottom = Math.max(bottom, ay, by);
      }
    }
    if (!edges.length) return;
    const rgb = color.map(to8);
    const coverage = new Float32Array(this.width);
    for (let py = Math.max(0, Math.floor(top)); py < Math.min(this.height, Math.ceil(bottom)); py++) {
      coverage.fill(0);
      let touched = false;
      for (let s = 0; s < SUB; s++) {
        const y = py + (s + 0.5) / SUB;
        const hits: { x: number; dir: number }[] = [];
        for (const e of edges) if (y >= e.y0 && y < e.y1) hits.push({ x: e.x0 + ((y - e.y0) / (e.y1 - e.y0)) * (e.x1 - e.x0), dir: e.dir });
        hits.sort((a, b) => a.x - b.x);
        let winding = 0;
        for (let i = 0; i < hits.length - 1; i++) {
          winding += hits[i]!.dir;
          if (winding !== 0) {
            touched = true;
            span(coverage, hits[i]!.x, hits[i + 1]!.x, this.width);
          }
        }
      }
      if (!touched) continue;
      for (let px = 0; px < this.width; px++) {
        const a = Math.min(1, coverage[px]! / (SUB * SUB));
        if (a <= 0) continue;
        const at = (py * this.width + px) * 3;
        for (let k = 0; k < 3; k++) this.pixels[at + k] = Math.round(this.pixels[at + k]! * (1 - a) + rgb[k]! * a);
      }
    }
  }
}

/** Adds the sub-column samples covered by [x0, x1) on one sub-scanline. */
function span(coverage: Float32Array, x0: number, x1: number, width: number): void {
  const from = Math.max(0, Math.round(x0 * SUB - 0.5));
  const to = Math.min(width * SUB, Math.round(x1 * SUB - 0.5));
  // Per pixel, not per sample: a wide span (the cover's bands) touches each pixel once.
  for (let sx = from; sx < to; ) {
    const px = Math.floor(sx / SUB);
    const end = Math.min(to, (px + 1) * SUB);
    coverage[px]! += end - sx;
    sx = end;
  }
}

const to8 = (v: number): number => Math.round(Math.min(1, Math.max(0, v)) * 255);
