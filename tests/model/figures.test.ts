import { cpSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBook, type Book, type FigureBlock } from '@book/model';

const content = join(import.meta.dirname, '..', '..', 'content');
const OVERVIEW = 'figures/body-overview.svg';

/** A copy of content/ with one file rewritten. */
function contentWith(file: string, rewrite: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'figures-'));
  cpSync(content, dir, { recursive: true });
  writeFileSync(join(dir, file), rewrite(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

function messages(dir: string): string[] {
  const { book, files } = loadBook(dir);
  expect(book).toBeUndefined();
  return files.flatMap((f) => f.messages.filter((m) => m.fatal).map((m) => `${f.path}:${m.line}:${m.column} ${m.ruleId}`));
}

/** Line and column (1-based) of the first occurrence of `needle` in a file of content/. */
function at(file: string, needle: string): string {
  const text = readFileSync(join(content, file), 'utf8');
  const offset = text.indexOf(needle);
  expect(offset).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

/** Puts `extra` right after the root <svg …> start tag of the overview figure. */
const inOverview = (extra: string) => contentWith(OVERVIEW, (svg) => svg.replace(/(<svg[^>]*>)/, `$1\n${extra}`));
/** Line 2, column 1: where inOverview puts its first element. */
const SECOND_LINE = `${OVERVIEW}:2:1`;

const figures = (book: Book): FigureBlock[] => book.chapters.flatMap((c) => c.blocks.filter((b): b is FigureBlock => b.type === 'figure'));

describe('figures of the book', () => {
  const { book } = loadBook(content);
  it('loads, with every figure resolved', () => {
    expect(book).toBeDefined();
    expect(figures(book!).map((f) => f.figure)).toEqual(['body-overview', 'pituitary-lobes', 'adrenal-section', 'thyroid-parathyroid', 'islets-pancreas']);
  });

  it('the overview labels every gland of the book', () => {
    const overview = figures(book!).find((f) => f.overview)!;
    const labelled = new Set(overview.labels.map((l) => l.id));
    const glands = book!.chapters.flatMap((c) => c.glands.map((g) => g.id));
    expect(glands.length).toBeGreaterThanOrEqual(9);
    expect(glands.filter((id) => !labelled.has(id))).toEqual([]);
  });

  it("every label resolves to an id of the book and reads as that id's Hindi name", () => {
    const entries = new Map(book!.glossary.map((e) => [e.id, e]));
    for (const label of figures(book!).flatMap((f) => f.labels)) {
      const entry = entries.get(label.id);
      expect(entry, label.id).toBeDefined();
      expect([entry!.name.hi, ...(entry!.name.aliases ?? [])]).toContain(label.text);
    }
  });

  it('label text counts as a use in the glossary', () => {
    const uses = book!.glossary.find((e) => e.id === 'anterior-lobe')!.uses.map((u) => u.block);
    expect(uses).toContain('pituitary/f1');
  });

  it('the Book carries the drawing without labels, scripts or foreign markup', () => {
    for (const figure of figures(book!)) {
      expect(figure.svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+">/);
      expect(figure.svg).not.toMatch(/<text|<script|<title|\son\w+=|href/);
    }
  });
});

describe('labels are checked like references', () => {
  it('a gland missing from the overview is an error on the figure placement', () => {
    const dir = contentWith(OVERVIEW, (svg) => svg.replace(/ *<text data-id="thymus-gland"[^\n]*\n/, ''));
    expect(messages(dir)).toEqual([`overview.md:${at('overview.md', '::figure')} figure-gland-missing`]);
  });

  it('a label naming no id is an error at the label', () => {
    const dir = contentWith(OVERVIEW, (svg) => svg.replace('data-id="testis"', 'data-id="testes"'));
    const found = messages(dir);
    expect(found).toContain(`${OVERVIEW}:${at(OVERVIEW, '<text data-id="testis"')} reference-unknown`);
  });

  it('two labels for one id is an error at the second', () => {
    const dir = inOverview('<text data-id="ovary" x="10" y="20" font-size="12">डिंबग्रंथि</text>');
    const found = messages(dir);
    expect(found).toEqual([`${OVERVIEW}:${at(OVERVIEW, '<text data-id="ovary"').replace(/^(\d+)/, (l) => String(Number(l) + 1))} figure-label-duplicate`]);
  });

  it('a label without data-id, or with text that is not the name, is an error', () => {
    expect(messages(inOverview('<text x="1" y="2" font-size="3">हृदय</text>'))).toEqual([`${SECOND_LINE} figure-label-id`]);
    const dir = contentWith(OVERVIEW, (svg) => svg.replace('>अंडग्रंथि<', '>वृषण<'));
    expect(messages(dir)).toEqual([`${OVERVIEW}:${at(OVERVIEW, '<text data-id="testis"')} figure-label-text`]);
  });
});

describe('hostile SVG is refused with a position', () => {
  it('a script', () => {
    expect(messages(inOverview('<script>alert(1)</script>'))).toEqual([`${SECOND_LINE} svg-unsafe`]);
  });

  it('an event handler', () => {
    expect(messages(inOverview('<rect width="1" height="1" onload="alert(1)"/>'))).toEqual([`${OVERVIEW}:2:35 svg-unsafe`]); // at the attribute's value
  });

  it('an external reference, on a link or in url()', () => {
    expect(messages(inOverview('<a href="https://example.invalid/"><rect width="1" height="1"/></a>'))).toEqual([`${SECOND_LINE} svg-unsafe`]);
    expect(messages(inOverview('<rect width="1" height="1" fill="url(https://example.invalid/x.svg#p)"/>'))).toEqual([`${OVERVIEW}:2:33 svg-unsafe`]);
    const xlink = contentWith(OVERVIEW, (svg) =>
      svg.replace('<svg ', '<svg xmlns:xlink="http://www.w3.org/1999/xlink" ').replace(/(<svg[^>]*>)/, '$1\n<path xlink:href="//example.invalid/" d="M0 0"/>'));
    expect(messages(xlink)).toEqual([`${OVERVIEW}:2:18 svg-unsafe`]);
  });

  it('a foreignObject', () => {
    expect(messages(inOverview('<foreignObject width="9" height="9"><p xmlns="http://www.w3.org/1999/xhtml">x</p></foreignObject>'))).toEqual([`${SECOND_LINE} svg-unsafe`]);
  });

  it('embedded raster data', () => {
    expect(messages(inOverview('<image width="9" height="9" href="data:image/png;base64,AAAA"/>'))).toEqual([`${SECOND_LINE} svg-unsafe`]);
    expect(messages(inOverview('<rect width="1" height="1" fill="data:image/png;base64,AAAA"/>'))).toEqual([`${OVERVIEW}:2:33 svg-unsafe`]);
  });

  it('a DOCTYPE with entities', () => {
    const dir = contentWith(OVERVIEW, (svg) => `<!DOCTYPE svg [<!ENTITY a "aaaaaaaa">]>\n${svg}`);
    expect(messages(dir)).toEqual([`${OVERVIEW}:1:1 svg-unsafe`]);
  });

  it('a 50 MB file is refused by its size before it is read', () => {
    const dir = contentWith(OVERVIEW, (svg) => svg);
    truncateSync(join(dir, OVERVIEW), 50 * 1024 * 1024);
    expect(messages(dir)).toEqual([`${OVERVIEW}:1:1 figure-too-large`]);
  });

  it('5,000 nested groups', () => {
    const dir = inOverview(`${'<g>'.repeat(5000)}${'</g>'.repeat(5000)}`);
    // The root is level 1, so the 12th <g> (column 1 + 11 × 3) is the first one too deep.
    expect(messages(dir)).toEqual([`${OVERVIEW}:2:34 svg-too-deep`]);
  });

  it('malformed XML', () => {
    const found = messages(inOverview('<g><rect width="1" height="1"></g>'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^${OVERVIEW}:2:\\d+ svg-syntax$`));
  });
});

// The loader keeps the SVGs it sanitised for the next load in the same process (watch mode): keyed by file name and
// text, so an edited drawing must be sanitised again, and a kept one must report its messages again.
describe('a figure loaded again in the same process', () => {
  const FIGURE = 'figures/thyroid-parathyroid.svg';
  const drawing = (book: Book) => figures(book).find((f) => f.src === FIGURE)!.svg;

  it('shows the edited drawing after a save, and the old one after an undo', () => {
    const dir = contentWith(FIGURE, (svg) => svg);
    const path = join(dir, FIGURE);
    const original = readFileSync(path, 'utf8');
    const first = drawing(loadBook(dir).book!);
    writeFileSync(path, original.replace('<rect x="134" y="104" width="32"', '<rect x="134" y="104" width="30"'));
    const edited = drawing(loadBook(dir).book!);
    expect(edited).not.toBe(first);
    expect(edited).toContain('width="30"');
    writeFileSync(path, original);
    expect(drawing(loadBook(dir).book!)).toBe(first);
  });

  it('reports its problems on every load, not only the first', () => {
    const dir = inOverview('<script>alert(1)</script>');
    expect(messages(dir)).toEqual([`${SECOND_LINE} svg-unsafe`]);
    expect(messages(dir)).toEqual([`${SECOND_LINE} svg-unsafe`]);
  });
});
