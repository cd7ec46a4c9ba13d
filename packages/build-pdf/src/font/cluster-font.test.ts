import { fontBytes } from '@book/fonts';
import * as hb from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { clusters, shape } from '../shaping/shaper.js';
import { ClusterFont } from './cluster-font.js';
import { readTables } from './sfnt.js';

const spaceGid = shape('regular', ' ')[0]!.gid;

describe('ClusterFont', () => {
  it('draws a syllable with one glyph carrying the text before the first nonspacing mark, then a zero-width glyph for the rest', () => {
    const font = new ClusterFont('regular', spaceGid);
    const [pra] = clusters('regular', 'प्र');
    const cids = font.cids(pra!);
    expect(cids).toHaveLength(2);
    const cmap = font.toUnicodeCMap();
    const hex = (s: string): string => [...s].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
    expect(cmap).toContain(`<${cids[0]!.toString(16).padStart(4, '0')}> <${hex('प')}>`);
    expect(cmap).toContain(`<${cids[1]!.toString(16).padStart(4, '0')}> <${hex('्र')}>`);
    const widths = font.widths();
    expect(widths.at(-1)).toEqual([Math.round(pra!.advance), 0]);
  });

  it('reuses the glyph of a cluster seen before and maps the space glyph to U+0020', () => {
    const font = new ClusterFont('regular', spaceGid);
    const a = clusters('regular', 'ग्रंथि ग्रंथि').flatMap((c) => font.cids(c));
    expect(a.slice(0, a.length / 2 - 0.5)).toEqual(a.slice(-(a.length / 2 - 0.5)));
    expect(font.toUnicodeCMap()).toContain(`<${spaceGid.toString(16).padStart(4, '0')}> <0020>`);
  });

  it('writes a TrueType program HarfBuzz loads, with one composite glyph per cluster, deterministically', () => {
    const make = (): Uint8Array => {
      const font = new ClusterFont('bold', shape('bold', ' ')[0]!.gid);
      for (const c of clusters('bold', 'हार्मोन ग्रंथि क्षति')) font.cids(c);
      return font.program();
    };
    const program = make();
    expect(program).toEqual(make());
    const tables = readTables(program);
    expect([...tables.keys()].sort()).toEqual(expect.arrayContaining(['glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp']));
    const glyphCount = (bytes: Uint8Array): number => new DataView(readTables(bytes).get('maxp')!.buffer, readTables(bytes).get('maxp')!.byteOffset).getUint16(4);
    const total = glyphCount(program);
    expect(total).toBeGreaterThan(glyphCount(fontBytes('bold')));
    // The last composite ("ति") draws ink: its components resolve inside the new program.
    const ext = new hb.Font(new hb.Face(new hb.Blob(program))).glyphExtents(total - 1);
    expect(ext?.width ?? 0).toBeGreaterThan(100);
  });
});

