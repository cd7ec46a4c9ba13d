import { describe, expect, it } from 'vitest';
import { fontBytes } from '@book/fonts';
import type { Node } from '@xmldom/xmldom';
import { shaper } from './helpers/shaper.js';
import { elements, subject, text, xml } from './helpers/subject.js';

const epub = await subject();
const FONTS = { regular: 'OEBPS/fonts/NotoSansDevanagari-Regular.ttf', bold: 'OEBPS/fonts/NotoSansDevanagari-Bold.ttf' } as const;

function tables(font: Uint8Array): Set<string> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  return new Set(Array.from({ length: view.getUint16(4) }, (_, i) => String.fromCharCode(...font.subarray(12 + 16 * i, 16 + 16 * i))));
}

const BOLD = new Set(['h1', 'h2', 'h3', 'h4', 'th', 'strong', 'dfn']);

/** Every distinct Devanagari word the EPUB's documents draw in one weight (bold: inside h1–h4, th, strong, dfn). */
function words(weight: 'regular' | 'bold'): string[] {
  const all = new Set<string>();
  for (const name of epub.files.keys()) {
    if (!name.endsWith('.xhtml')) continue;
    for (const node of textNodes(xml(epub, name).documentElement!)) {
      let bold = false;
      for (let parent = node.parentNode; parent; parent = parent.parentNode) bold ||= BOLD.has(parent.nodeName);
      if (bold !== (weight === 'bold')) continue;
      for (const word of (node.nodeValue ?? '').split(/\s+/u)) if (/[\u0900-\u097f]/u.test(word)) all.add(word);
    }
  }
  return [...all].sort();
}

function textNodes(node: Node): Node[] {
  if (node.nodeType === 3) return [node];
  return Array.from(node.childNodes ?? []).flatMap((child) => textNodes(child as unknown as Node));
}

describe(`embedded fonts of the ${epub.source} EPUB`, () => {
  it('are declared with @font-face and listed in the manifest as font/ttf', () => {
    const css = text(epub, 'OEBPS/style.css');
    const opf = text(epub, 'OEBPS/content.opf');
    for (const path of Object.values(FONTS)) {
      const file = path.replace('OEBPS/', '');
      expect(css).toContain(`url("${file}")`);
      expect(opf).toMatch(new RegExp(`href="${file}" media-type="font/ttf"`));
    }
    expect(elements(xml(epub, 'OEBPS/content.opf'), 'item').length).toBeGreaterThan(5);
  });

  for (const weight of ['regular', 'bold'] as const) {
    const subset = epub.files.get(FONTS[weight])!;

    it(`${weight}: keeps the layout tables and is a fraction of the full font`, () => {
      for (const table of ['GSUB', 'GPOS', 'GDEF', 'cmap', 'glyf']) expect(tables(subset)).toContain(table);
      expect(subset.length).toBeLessThan(fontBytes(weight).length * 0.6);
    });

    it(`${weight}: shapes every Devanagari word of the book exactly like the full font`, () => {
      const [withSubset, withFull] = [shaper(subset), shaper(fontBytes(weight))];
      const list = words(weight);
      expect(list.length).toBeGreaterThan(epub.source === 'dist' ? (weight === 'bold' ? 100 : 500) : 10);
      const wrong = list.filter((word) => withSubset(word) !== withFull(word));
      expect(wrong).toEqual([]);
    });
  }
});
