import { describe, expect, it } from 'vitest';
import { fontBytes } from '@book/fonts';
import type { FigureBlock } from '@book/model';
import { shaper } from './helpers/shaper.js';
import { elements, subject, visibleText, xml } from './helpers/subject.js';
import { htmlId } from '../../packages/build-epub/src/html/files.js';

const epub = await subject();
const chapters = epub.book.chapters.map((chapter) => ({ chapter, figures: chapter.blocks.filter((b): b is FigureBlock => b.type === 'figure') }));

describe.skipIf(epub.source !== 'dist')('figures in the EPUB', () => {
  it('every figure is an inline SVG in a <figure> with its alt text, labels and caption', () => {
    let count = 0;
    for (const { chapter, figures } of chapters) {
      for (const figure of figures) {
        count++;
        const doc = xml(epub, `OEBPS/${chapter.id}.xhtml`);
        const element = elements(doc, 'figure').find((f) => f.getAttribute('id') === htmlId(figure.id));
        expect(element, figure.id).toBeDefined();
        const svg = elements(element!, 'svg')[0]!;
        expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
        expect(svg.getAttribute('role')).toBe('img');
        expect(svg.getAttribute('aria-label')).toBe(figure.alt);
        expect(visibleText(elements(svg, 'title')[0]!)).toBe(figure.alt);
        expect(elements(svg, 'text').map(visibleText)).toEqual(figure.labels.map((l) => l.text));
        expect(elements(svg, 'script')).toEqual([]);
        expect(visibleText(elements(element!, 'figcaption')[0]!)).toBe(`${figure.caption}${figure.captionEn}`);
      }
    }
    expect(count).toBeGreaterThanOrEqual(5);
  });

  it('the manifest marks exactly the chapters with figures as containing SVG', () => {
    const items = new Map(elements(xml(epub, 'OEBPS/content.opf'), 'item').map((item) => [item.getAttribute('href'), item.getAttribute('properties')]));
    for (const { chapter, figures } of chapters) expect(items.get(`${chapter.id}.xhtml`), chapter.id).toBe(figures.length ? 'svg' : null);
  });

  it('the embedded regular subset draws every label as the full font does', () => {
    const [subset, full] = [shaper(epub.files.get('OEBPS/fonts/NotoSansDevanagari-Regular.ttf')!), shaper(fontBytes('regular'))];
    const words = chapters.flatMap(({ figures }) => figures.flatMap((f) => f.labels.flatMap((l) => l.text.split(' '))));
    expect(words.filter((word) => subset(word) !== full(word) || /\.notdef|^$/.test(subset(word)))).toEqual([]);
  });
});
