import { fontBytes, type FontWeight } from '@book/fonts';
import type { Cluster } from '../shaping/shaper.js';
import { readTables, writeTables, type Tables } from './sfnt.js';

/**
 * A font program made for one PDF: every distinct shaped cluster becomes ONE composite TrueType glyph whose
 * components are HarfBuzz's glyphs at HarfBuzz's positions. The PDF then shows one glyph per cluster, and the
 * ToUnicode CMap maps that glyph to the cluster's text in logical order. That is what lets pdftotext, mutool
 * and pdf.js copy Devanagari exactly: no extractor has to undo the visual reordering of ि or reph, and no
 * glyph is shared between two different spellings.
 * Original glyph ids are kept (unused ones emptied), cluster glyphs are appended; CID = glyph id.
 */
export class ClusterFont {
  readonly weight: FontWeight;
  readonly upem: number;
  private readonly tables: Tables;
  private readonly numGlyphs: number;
  private readonly spaceGid: number;
  private readonly byKey = new Map<string, number>();
  private readonly entries: { text: string; components: { gid: number; x: number; y: number }[]; advance: number }[] = [];
  private spaceUsed = false;

  constructor(weight: FontWeight, spaceGid: number) {
    this.weight = weight;
    this.tables = readTables(fontBytes(weight));
    const head = this.table('head');
    this.upem = new DataView(head.buffer, head.byteOffset).getUint16(18);
    const maxp = this.table('maxp');
    this.numGlyphs = new DataView(maxp.buffer, maxp.byteOffset).getUint16(4);
    this.spaceGid = spaceGid;
  }

  private table(tag: string): Uint8Array {
    const t = this.tables.get(tag);
    if (!t) throw new TypeError(`font ${this.weight} has no ${tag} table: use a TrueType-flavoured Noto Sans Devanagari`);
    return t;
  }

  /**
   * The CIDs that draw this cluster, in order. pdf.js treats any glyph whose text contains a nonspacing mark
   * (्, ु, ं, े …) as a zero-width diacritic: it neither advances nor checks the gap before it, so a word
   * space in front of such a glyph would be re-inserted one cluster too late (प्र णाली). So the cluster's drawing
   * carries only the text before its first nonspacing mark, and an invisible zero-width glyph right after it
   * carries the rest. Every extractor then reads the exact cluster text at the cluster's position.
   */
  cids(cluster: Cluster): number[] {
    const known = this.byCluster.get(cluster);
    if (known) return known;
    const cids = this.computeCids(cluster);
    this.byCluster.set(cluster, cids);
    return cids;
  }

  private readonly byCluster = new WeakMap<Cluster, number[]>();
  private readonly hexByCluster = new WeakMap<Cluster, string>();

  /** The cluster's CIDs as the hex string a content stream shows (Identity-H: two bytes per CID). */
  hex(cluster: Cluster): string {
    let h = this.hexByCluster.get(cluster);
    if (h === undefined) {
      h = this.cids(cluster).map(hex4).join('');
      this.hexByCluster.set(cluster, h);
    }
    return h;
  }

  private readonly hexByRun = new WeakMap<readonly Cluster[], string>();

  /** hex() of a run of clusters, joined; kept per run (the shaper hands out one shared array per word). */
  hexRun(run: readonly Cluster[]): string {
    let h = this.hexByRun.get(run);
    if (h === undefined) {
      h = run.map((c) => this.hex(c)).join('');
      this.hexByRun.set(run, h);
    }
    return h;
  }

  private computeCids(cluster: Cluster): number[] {
    if (cluster.text === ' ' && cluster.glyphs.length === 1 && cluster.glyphs[0]!.gid === this.spaceGid) {
      this.spaceUsed = true;
      return [this.spaceGid];
    }
    let pen = 0;
    const components = cluster.glyphs.map((g) => {
      if (g.gid === 0) throw new TypeError(`no glyph for ${JSON.stringify(cluster.text)} in ${this.weight}: fix the text or the font`);
      const c = { gid: g.gid, x: pen + g.xOffset, y: g.yOffset };
      pen += g.xAdvance;
      return c;
    });
    const split = cluster.text.search(/\p{Mn}/u);
    const head = split > 0 ? cluster.text.slice(0, split) : cluster.text;
    const tail = split > 0 ? cluster.text.slice(split) : '';
    const out = [this.intern(head, components, pen)];
    if (tail) out.push(this.intern(tail, [], 0));
    return out;
  }

  private intern(text: string, components: { gid: number; x: number; y: number }[], advance: number): number {
    const key = `${text}\u0000${components.map((c) => `${c.gid},${c.x},${c.y}`).join(';')}\u0000${advance}`;
    let cid = this.byKey.get(key);
    if (cid === undefined) {
      cid = this.numGlyphs + this.entries.length;
      if (cid > 0xffff) throw new TypeError('more than 65535 glyphs: split the book into smaller PDFs');
      this.entries.push({ text, components, advance });
      this.byKey.set(key, cid);
    }
    return cid;
  }

  get clusterCount(): number {
    return this.entries.length;
  }

  /** [cid, [w], …] widths in 1/1000 em for the CIDFont's /W array. */
  widths(): (number | number[])[] {
    const scale = 1000 / this.upem;
    const w: (number | number[])[] = [];
    if (this.spaceUsed) w.push(this.spaceGid, [round(this.advanceOf(this.spaceGid) * scale)]);
    if (this.entries.length) w.push(this.numGlyphs, this.entries.map((e) => round(e.advance * scale)));
    return w;
  }

  toUnicodeCMap(): string {
    const pairs: [number, string][] = [];
    if (this.spaceUsed) pairs.push([this.spaceGid, ' ']);
    this.entries.forEach((e, i) => pairs.push([this.numGlyphs + i, e.text]));
    const blocks: string[] = [];
    for (let i = 0; i < pairs.length; i += 100) {
      const chunk = pairs.slice(i, i + 100);
      blocks.push(`${chunk.length} beginbfchar\n${chunk.map(([cid, text]) => `<${hex4(cid)}> <${utf16Hex(text)}>`).join('\n')}\nendbfchar`);
    }
    return [
      '/CIDInit /ProcSet findresource begin',
      '12 dict begin',
      'begincmap',
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
      '/CMapName /Adobe-Identity-UCS def',
      '/CMapType 2 def',
      '1 begincodespacerange',
      '<0000> <ffff>',
      'endcodespacerange',
      ...blocks,
      'endcmap',
      'CMapName currentdict /CMapResource defineresource pop',
      'end',
      'end',
    ].join('\n');
  }

  private advanceOf(gid: number): number {
    const hhea = this.table('hhea');
    const nMetrics = new DataView(hhea.buffer, hhea.byteOffset).getUint16(34);
    const hmtx = this.table('hmtx');
    const v = new DataView(hmtx.buffer, hmtx.byteOffset, hmtx.byteLength);
    return v.getUint16(4 * Math.min(gid, nMetrics - 1));
  }

  /** Font metrics for the FontDescriptor, in 1/1000 em. */
  metrics(): { bbox: number[]; ascent: number; descent: number; capHeight: number } {
    const head = new DataView(this.table('head').buffer, this.table('head').byteOffset);
    const hhea = new DataView(this.table('hhea').buffer, this.table('hhea').byteOffset);
    const s = 1000 / this.upem;
    const os2 = this.tables.get('OS/2');
    const cap = os2 && os2.length >= 90 ? new DataView(os2.buffer, os2.byteOffset).getInt16(88) : hhea.getInt16(4);
    return {
      bbox: [head.getInt16(36), head.getInt16(38), head.getInt16(40), head.getInt16(42)].map((v) => round(v * s)),
      ascent: round(hhea.getInt16(4) * s),
      descent: round(hhea.getInt16(6) * s),
      capHeight: round(cap * s),
    };
  }

  /**
   * The TrueType program: used original glyphs at their ids, then one composite glyph per cluster. The reading
   * edition and the booklet embed the same one, so it is made once until another cluster is added.
   */
  program(): Uint8Array {
    const state = `${this.entries.length}:${this.spaceUsed}`;
    if (this.madeProgram?.state !== state) this.madeProgram = { state, bytes: this.makeProgram() };
    return this.madeProgram.bytes;
  }

  private madeProgram: { state: string; bytes: Uint8Array } | undefined;

  private makeProgram(): Uint8Array {
    const head = this.table('head');
    const longLoca = new DataView(head.buffer, head.byteOffset).getInt16(50) === 1;
    const loca = this.table('loca');
    const locaView = new DataView(loca.buffer, loca.byteOffset, loca.byteLength);
    const glyf = this.table('glyf');
    const glyfView = new DataView(glyf.buffer, glyf.byteOffset, glyf.byteLength);
    const origRange = (gid: number): [number, number] =>
      longLoca ? [locaView.getUint32(4 * gid), locaView.getUint32(4 * gid + 4)] : [locaView.getUint16(2 * gid) * 2, locaView.getUint16(2 * gid + 2) * 2];

    // Keep every glyph a cluster uses plus, recursively, the components of original composite glyphs.
    const keep = new Set<number>();
    let maxDepth = 1;
    const visit = (gid: number, depth: number): void => {
      maxDepth = Math.max(maxDepth, depth + 1);
      if (keep.has(gid)) return;
      keep.add(gid);
      const [start, end] = origRange(gid);
      if (end - start < 10 || glyfView.getInt16(start) >= 0) return;
      let p = start + 10;
      for (;;) {
        const flags = glyfView.getUint16(p);
        visit(glyfView.getUint16(p + 2), depth + 1);
        p += 4 + (flags & 1 ? 4 : 2) + (flags & 8 ? 2 : flags & 0x40 ? 4 : flags & 0x80 ? 8 : 0);
        if (!(flags & 0x20)) break;
      }
    };
    keep.add(0);
    if (this.spaceUsed) keep.add(this.spaceGid);
    for (const e of this.entries) for (const c of e.components) visit(c.gid, 1);

    const bboxOf = (gid: number): number[] | undefined => {
      const [start, end] = origRange(gid);
      if (end - start < 10) return undefined;
      return [glyfView.getInt16(start + 2), glyfView.getInt16(start + 4), glyfView.getInt16(start + 6), glyfView.getInt16(start + 8)];
    };

    const total = this.numGlyphs + this.entries.length;
    const parts: Uint8Array[] = [];
    const offsets = new Uint32Array(total + 1);
    const advances = new Uint16Array(total);
    const lsbs = new Int16Array(total);
    let offset = 0;
    const push = (gid: number, bytes: Uint8Array): void => {
      offsets[gid] = offset;
      const padded = new Uint8Array((bytes.length + 3) & ~3);
      padded.set(bytes);
      parts.push(padded);
      offset += padded.length;
    };
    let maxComponents = 0;
    for (let gid = 0; gid < this.numGlyphs; gid++) {
      advances[gid] = this.advanceOf(gid);
      const bbox = bboxOf(gid);
      lsbs[gid] = bbox ? bbox[0]! : 0;
      if (keep.has(gid)) {
        const [start, end] = origRange(gid);
        push(gid, glyf.subarray(start, end));
      } else offsets[gid] = offset;
    }
    this.entries.forEach((e, i) => {
      const gid = this.numGlyphs + i;
      maxComponents = Math.max(maxComponents, e.components.length);
      const box = [Infinity, Infinity, -Infinity, -Infinity];
      for (const c of e.components) {
        const b = bboxOf(c.gid);
        if (!b) continue;
        box[0] = Math.min(box[0]!, b[0]! + c.x);
        box[1] = Math.min(box[1]!, b[1]! + c.y);
        box[2] = Math.max(box[2]!, b[2]! + c.x);
        box[3] = Math.max(box[3]!, b[3]! + c.y);
      }
      const bbox = box[0] === Infinity ? [0, 0, 0, 0] : box;
      advances[gid] = e.advance;
      if (!e.components.length) {
        offsets[gid] = offset; // an empty glyph: draws nothing
        return;
      }
      const bytes = new Uint8Array(10 + 8 * e.components.length);
      const v = new DataView(bytes.buffer);
      v.setInt16(0, -1);
      bbox.forEach((n, k) => v.setInt16(2 + 2 * k, n));
      e.components.forEach((c, k) => {
        const p = 10 + 8 * k;
        const more = k < e.components.length - 1 ? 0x20 : 0;
        v.setUint16(p, 0x0001 | 0x0002 | more); // ARG_1_AND_2_ARE_WORDS | ARGS_ARE_XY_VALUES
        v.setUint16(p + 2, c.gid);
        v.setInt16(p + 4, c.x);
        v.setInt16(p + 6, c.y);
      });
      advances[gid] = e.advance;
      lsbs[gid] = bbox[0]!;
      push(gid, bytes);
    });
    offsets[total] = offset;

    const glyfOut = new Uint8Array(offset);
    let at = 0;
    for (const p of parts) {
      glyfOut.set(p, at);
      at += p.length;
    }
    const locaOut = new Uint8Array(4 * (total + 1));
    const lv = new DataView(locaOut.buffer);
    offsets.forEach((o, i) => lv.setUint32(4 * i, o));
    const hmtxOut = new Uint8Array(4 * total);
    const hv = new DataView(hmtxOut.buffer);
    for (let i = 0; i < total; i++) {
      hv.setUint16(4 * i, advances[i]!);
      hv.setInt16(4 * i + 2, lsbs[i]!);
    }
    const headOut = head.slice();
    new DataView(headOut.buffer).setInt16(50, 1);
    const hheaOut = this.table('hhea').slice();
    new DataView(hheaOut.buffer).setUint16(34, total);
    const maxpOut = this.table('maxp').slice();
    const mv = new DataView(maxpOut.buffer);
    mv.setUint16(4, total);
    if (maxpOut.length >= 32) {
      mv.setUint16(28, Math.max(mv.getUint16(28), maxComponents));
      mv.setUint16(30, Math.max(mv.getUint16(30), maxDepth));
    }
    const post = new Uint8Array(32);
    post.set(this.table('post').subarray(0, 32));
    new DataView(post.buffer).setUint32(0, 0x00030000);

    const out: Tables = new Map([
      ['head', headOut],
      ['hhea', hheaOut],
      ['maxp', maxpOut],
      ['hmtx', hmtxOut],
      ['loca', locaOut],
      ['glyf', glyfOut],
      ['post', post],
    ]);
    for (const tag of ['OS/2', 'prep', 'cvt ', 'fpgm', 'gasp']) {
      const t = this.tables.get(tag);
      if (t) out.set(tag, t);
    }
    return writeTables(out);
  }
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function hex4(n: number): string {
  return n.toString(16).padStart(4, '0');
}

function utf16Hex(text: string): string {
  let s = '';
  for (let i = 0; i < text.length; i++) s += hex4(text.charCodeAt(i));
  return s;
}
