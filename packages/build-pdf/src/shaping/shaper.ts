import * as hb from 'harfbuzzjs';
import { fontBytes, type FontWeight } from '@book/fonts';

/** One glyph as HarfBuzz positions it, in font units. `cluster` is a UTF-16 offset into the shaped text. */
export interface ShapedGlyph {
  gid: number;
  cluster: number;
  xAdvance: number;
  xOffset: number;
  yOffset: number;
}

/** A glyph of a cluster, positioned as HarfBuzz did (no offset into a text: a cluster is shared by many words). */
export type ClusterGlyph = Omit<ShapedGlyph, 'cluster'>;

/** A HarfBuzz cluster: the glyphs drawn for one indivisible piece of text (a Devanagari syllable, a letter). */
export interface Cluster {
  text: string;
  glyphs: ClusterGlyph[];
  advance: number;
}

interface LoadedFont {
  font: hb.Font;
  upem: number;
  cache: Map<string, ShapedGlyph[]>;
  clusterCache: Map<string, Cluster[]>;
  /**
   * Every distinct cluster (text and glyphs) once, by text: a book has a few hundred syllables in a million words.
   * The same text shaped in another context may get other glyphs, hence a list.
   */
  distinct: Map<string, Cluster[]>;
  /** One HarfBuzz buffer, reset before each text: a new one per word cost a wasm allocation and a finalizer each. */
  buffer: hb.Buffer;
}

const loaded = new Map<FontWeight, LoadedFont>();

function load(weight: FontWeight): LoadedFont {
  let entry = loaded.get(weight);
  if (!entry) {
    const face = new hb.Face(new hb.Blob(fontBytes(weight)));
    entry = { font: new hb.Font(face), upem: face.upem, cache: new Map(), clusterCache: new Map(), distinct: new Map(), buffer: new hb.Buffer() };
    loaded.set(weight, entry);
  }
  return entry;
}

export function unitsPerEm(weight: FontWeight): number {
  return load(weight).upem;
}

/** Shapes text exactly as `hb-shape FONT TEXT` does (default features, script and direction guessed). */
export function shape(weight: FontWeight, text: string): ShapedGlyph[] {
  const entry = load(weight);
  const hit = entry.cache.get(text);
  if (hit) return hit;
  const glyphs = shapeOnce(entry, text);
  entry.cache.set(text, glyphs);
  return glyphs;
}

function shapeOnce(entry: LoadedFont, text: string): ShapedGlyph[] {
  const buffer = entry.buffer;
  buffer.reset();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  hb.shape(entry.font, buffer);
  const infos = buffer.getGlyphInfos();
  const positions = buffer.getGlyphPositions();
  const glyphs = infos.map((info, i) => {
    const p = positions[i]!;
    return { gid: info.codepoint, cluster: info.cluster, xAdvance: p.xAdvance, xOffset: p.xOffset, yOffset: p.yOffset };
  });
  return glyphs;
}

/**
 * Splits shaped text into clusters in logical order. HarfBuzz keeps each Devanagari syllable in one cluster
 * (reordered ि and reph included), so a cluster's text is always contiguous and in reading order.
 */
export function clusters(weight: FontWeight, text: string): Cluster[] {
  const entry = load(weight);
  const hit = entry.clusterCache.get(text);
  if (hit) return hit; // shared and never mutated: callers may key caches on these objects
  // HarfBuzz keeps a cluster's glyphs together and (left to right) in increasing cluster order; a glyph that
  // does not move past everything seen so far belongs to the current cluster.
  const groups: { glyphs: ShapedGlyph[]; start: number }[] = [];
  let seen = -1;
  for (const g of shapeOnce(entry, text)) {
    const last = groups.at(-1);
    if (last && g.cluster <= seen) {
      last.glyphs.push(g);
      last.start = Math.min(last.start, g.cluster);
    } else groups.push({ glyphs: [g], start: g.cluster });
    seen = Math.max(seen, g.cluster);
  }
  // Words share their clusters' objects (a cluster's glyphs depend only on its own text here): the cache of a
  // big book then holds one array of references per word, not its glyphs again.
  const out = groups.map((group, i) => {
    const clusterText = text.slice(group.start, groups[i + 1]?.start ?? text.length);
    let known = entry.distinct.get(clusterText);
    if (!known) entry.distinct.set(clusterText, (known = []));
    let cluster = known.find((c) => sameGlyphs(c.glyphs, group.glyphs));
    if (!cluster) {
      const glyphs = group.glyphs.map(({ gid, xAdvance, xOffset, yOffset }) => ({ gid, xAdvance, xOffset, yOffset }));
      cluster = { text: clusterText, glyphs, advance: glyphs.reduce((sum, g) => sum + g.xAdvance, 0) };
      known.push(cluster);
    }
    return cluster;
  });
  entry.clusterCache.set(text, out);
  return out;
}

function sameGlyphs(a: readonly ClusterGlyph[], b: readonly ShapedGlyph[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.gid !== y.gid || x.xAdvance !== y.xAdvance || x.xOffset !== y.xOffset || x.yOffset !== y.yOffset) return false;
  }
  return true;
}
