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

  /**
   * Fills the contours with the nonzero rule; coverage is sampled SUB×SUB times per pixel. Each sub-scanline looks
   * only at the edges it crosses (kept in a list as it moves down) and each row blends only the columns it covered:
   * testing every edge of a line of text on every sub-scanline was most of drawing the cover.
   */
  fill(contours: Contour[], color: Rgb): void {
    const edges = edgesOf(contours);
    const count = edges.y0.length;
    if (!count) return;
    const { x0, y0, x1, y1, dir } = edges;
    const byTop = Array.from({ length: count }, (_, i) => i).sort((a, b) => y0[a]! - y0[b]!);
    let top = Infinity;
    let bottom = -Infinity;
    for (let i = 0; i < count; i++) {
      top = Math.min(top, y0[i]!);
      bottom = Math.max(bottom, y1[i]!);
    }
    const [r, g, b] = color.map(to8) as Rgb;
    const coverage = new Float32Array(this.width);
    const active: number[] = [];
    const hitX = new Float64Array(count);
    const hitDir = new Int8Array(count);
    let entered = 0;
    for (let py = Math.max(0, Math.floor(top)); py < Math.min(this.height, Math.ceil(bottom)); py++) {
      let from = this.width;
      let to = 0;
      for (let s = 0; s < SUB; s++) {
        const y = py + (s + 0.5) / SUB;
        while (entered < count && y0[byTop[entered]!]! <= y) active.push(byTop[entered++]!);
        let hits = 0;
        let kept = 0;
        for (let j = 0; j < active.length; j++) {
          const e = active[j]!;
          if (!(y < y1[e]!)) continue;
          active[kept++] = e;
          // Sorted by x as they are found (a sub-scanline crosses a handful of edges).
          const x = x0[e]! + ((y - y0[e]!) / (y1[e]! - y0[e]!)) * (x1[e]! - x0[e]!);
          let at = hits++;
          for (; at > 0 && hitX[at - 1]! > x; at--) {
            hitX[at] = hitX[at - 1]!;
            hitDir[at] = hitDir[at - 1]!;
          }
          hitX[at] = x;
          hitDir[at] = dir[e]!;
        }
        active.length = kept;
        let winding = 0;
        for (let i = 0; i < hits - 1; i++) {
          winding += hitDir[i]!;
          if (winding !== 0) {
            span(coverage, hitX[i]!, hitX[i + 1]!, this.width);
            from = Math.min(from, Math.max(0, Math.floor(hitX[i]!) - 1));
            to = Math.max(to, Math.min(this.width, Math.ceil(hitX[i + 1]!) + 1));
          }
        }
      }
      for (let px = from; px < to; px++) {
        const a = Math.min(1, coverage[px]! / (SUB * SUB));
        coverage[px] = 0;
        if (a <= 0) continue;
        const at = (py * this.width + px) * 3;
        // Fully covered: the blend below gives the colour itself.
        const p = this.pixels;
        if (a === 1) {
          p[at] = r;
          p[at + 1] = g;
          p[at + 2] = b;
        } else {
          p[at] = Math.round(p[at]! * (1 - a) + r * a);
          p[at + 1] = Math.round(p[at + 1]! * (1 - a) + g * a);
          p[at + 2] = Math.round(p[at + 2]! * (1 - a) + b * a);
        }
      }
    }
  }
}

/** The non-horizontal edges of the contours, each pointing down (y0 < y1), with +1 where the contour goes down. */
function edgesOf(contours: Contour[]) {
  const x0: number[] = [];
  const y0: number[] = [];
  const x1: number[] = [];
  const y1: number[] = [];
  const dir: number[] = [];
  for (const c of contours) {
    for (let i = 0; i < c.length; i++) {
      // Indexing, not destructuring: array destructuring goes through the iterator protocol, slow in code not yet optimised.
      const a = c[i]!;
      const b = c[(i + 1) % c.length]!;
      const ax = a[0];
      const ay = a[1];
      const bx = b[0];
      const by = b[1];
      if (ay === by) continue;
      const down = ay < by;
      x0.push(down ? ax : bx);
      y0.push(down ? ay : by);
      x1.push(down ? bx : ax);
      y1.push(down ? by : ay);
      dir.push(down ? 1 : -1);
    }
  }
  return { x0, y0, x1, y1, dir };
}

/** Adds the sub-column samples covered by [x0, x1) on one sub-scanline (only pixels floor(x0) - 1 to ceil(x1) + 1). */
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
