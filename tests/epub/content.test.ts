import { describe, expect, it } from 'vitest';
import type { Block, Run } from '@book/model';
import { elements, subject, text, visibleText, xml } from './helpers/subject.js';

const epub = await subject();
const { book } = epub;
const chapterFile = (id: string) => `OEBPS/${id}.xhtml`;
const runsText = (runs: readonly Run[]) => runs.map((run) => run.text).join('');
const norm = (value: string) => value.replace(/\s+/g, ' ').trim();
const xhtmlFiles = [...epub.files.keys()].filter((name) => name.endsWith('.xhtml'));
/** Model ids may hold "/", no XML name character: the EPUB writes it as "." (no model id contains one). */
const htmlId = (id: string) => id.replaceAll('/', '.');

/** The element the model's `id` became. */
function byId(file: string, id: string) {
  const found = elements(xml(epub, file), '*').find((element) => element.getAttribute('id') === htmlId(id));
  if (!found) throw new Error(`#${id} not found in ${file}`);
  return found;
}

describe(`EPUB content (${epub.source})`, () => {
  it('has one XHTML per chapter plus cover, nav and glossary', () => {
    for (const chapter of book.chapters) expect(epub.files.has(chapterFile(chapter.id)), chapter.id).toBe(true);
    for (const name of ['cover', 'toc', 'glossary']) expect(epub.files.has(`OEBPS/${name}.xhtml`), name).toBe(true);
  });

  it('keeps every sentence, list item, heading and table cell of the model, word for word', () => {
    let checked = 0;
    const expectText = (file: string, id: string, expected: string) => {
      expect(norm(visibleText(byId(file, id))), `${file}#${id}`).toBe(norm(expected));
      checked += 1;
    };
    for (const chapter of book.chapters) {
      const file = chapterFile(chapter.id);
      for (const block of chapter.blocks as Block[]) {
        if (block.type === 'heading') expectText(file, block.id, runsText(block.runs));
        if (block.type === 'paragraph') expectText(file, block.id, block.sentences.map((s) => runsText(s.runs)).join(' '));
        if (block.type === 'list') for (const item of block.items) expectText(file, item.id, runsText(item.runs));
        if (block.type === 'table') {
          const cells = elements(byId(file, block.id), '*').filter((e) => e.tagName === 'th' || e.tagName === 'td');
          expect(cells.map((cell) => norm(visibleText(cell)))).toEqual([...block.header, ...block.rows.flat()].map((cell) => norm(runsText(cell))));
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(epub.source === 'dist' ? 40 : 10);
  });

  it('marks key terms with <strong> and English runs with lang="en"', () => {
    for (const chapter of book.chapters) {
      const doc = xml(epub, chapterFile(chapter.id));
      const strong = new Set(elements(doc, 'strong').map(visibleText));
      const english = new Set(
        elements(doc, 'span').filter((s) => s.getAttribute('lang') === 'en' && s.getAttribute('xml:lang') === 'en').map(visibleText),
      );
      const runs = chapter.blocks.flatMap((block): Run[] =>
        block.type === 'paragraph' ? block.sentences.flatMap((s) => s.runs) : block.type === 'list' ? block.items.flatMap((i) => i.runs) : block.type === 'heading' ? block.runs : [],
      );
      for (const run of runs.filter((r) => r.strong)) expect(strong, `${chapter.id}: strong "${run.text}"`).toContain(run.text);
      for (const run of runs.filter((r) => r.lang === 'en')) expect(english, `${chapter.id}: English "${run.text}"`).toContain(run.text);
    }
  });

  it('shows editorial additions inside a box labelled with the UI word, and nothing else in such boxes', () => {
    for (const chapter of book.chapters) {
      for (const block of chapter.blocks) {
        if (block.type === 'heading') continue;
        const parent = byId(chapterFile(chapter.id), block.id).parentNode as unknown as { getAttribute(n: string): string | null; firstChild: { textContent: string | null } };
        const boxed = parent.getAttribute('class') === 'editorial';
        // A figure is never boxed: its caption says what it is (figures cannot be placed in :::editorial).
        const editorial = block.type === 'figure' ? false : block.editorial;
        expect(boxed, `${block.id} editorial=${editorial}`).toBe(editorial);
        if (boxed) expect(parent.firstChild.textContent).toBe(book.meta.ui.editorial);
      }
    }
  });

  it('has a table of hormones and of disorders, with caption and header cells, for every gland', () => {
    for (const chapter of book.chapters) {
      const tables = elements(xml(epub, chapterFile(chapter.id)), 'table');
      for (const gland of chapter.glands) {
        for (const [items, word] of [[gland.hormones ?? [], book.meta.ui.hormones], [gland.disorders ?? [], book.meta.ui.disorders]] as const) {
          if (!items.length) continue;
          const table = tables.find((t) => visibleText(elements(t, 'caption')[0]!) === `${word}: ${gland.name.hi}`);
          expect(table, `${gland.id}: ${word} table`).toBeDefined();
          const rowHeads = elements(table!, 'th').filter((th) => th.getAttribute('scope') === 'row').map(visibleText);
          expect(rowHeads.length).toBe(items.length);
          items.forEach((item, i) => expect(rowHeads[i]).toContain(item.name.hi));
        }
      }
    }
  });

  it('lists every chapter and heading in the nav and the NCX, and has the four landmarks', () => {
    const nav = xml(epub, 'OEBPS/toc.xhtml');
    const [toc, landmarks] = elements(nav, 'nav');
    expect(toc!.getAttribute('epub:type')).toBe('toc');
    expect(toc!.getAttribute('role')).toBe('doc-toc');
    const tocLinks = new Map(elements(toc!, 'a').map((a) => [a.getAttribute('href'), visibleText(a)]));
    const ncxLinks = new Map(
      elements(xml(epub, 'OEBPS/toc.ncx'), 'navPoint').map((p) => [elements(p, 'content')[0]!.getAttribute('src'), visibleText(elements(p, 'text')[0]!)]),
    );
    for (const chapter of book.chapters) {
      for (const links of [tocLinks, ncxLinks]) expect(links.get(`${chapter.id}.xhtml`)).toBe(chapter.title);
      for (const block of chapter.blocks) {
        if (block.type !== 'heading') continue;
        for (const links of [tocLinks, ncxLinks]) expect(links.get(`${chapter.id}.xhtml#${htmlId(block.id)}`)).toBe(norm(runsText(block.runs)));
      }
    }
    expect(tocLinks.get('glossary.xhtml')).toBe(book.meta.ui.glossary);
    expect(landmarks!.getAttribute('epub:type')).toBe('landmarks');
    expect(elements(landmarks!, 'a').map((a) => [a.getAttribute('epub:type'), a.getAttribute('href')])).toEqual([
      ['cover', 'cover.xhtml'],
      ['toc', 'toc.xhtml#toc'],
      ['bodymatter', `${book.chapters[0]!.id}.xhtml`],
      ['glossary', 'glossary.xhtml'],
    ]);
  });

  it('has every glossary entry, with its kind, its English name and named links to its definition and to each chapter using it', () => {
    const glossary = xml(epub, 'OEBPS/glossary.xhtml');
    expect(elements(glossary, 'dt')).toHaveLength(book.glossary.length);
    const glandChapter = new Map(book.chapters.flatMap((c) => c.glands.map((g) => [g.id, c.id] as const)));
    type Node = Parameters<typeof visibleText>[0];
    let links = 0;
    for (const entry of book.glossary) {
      const dt = byId('OEBPS/glossary.xhtml', entry.id);
      expect(visibleText(dt)).toBe(entry.name.hi);
      const en = dt.nextSibling as unknown as Node;
      expect(visibleText(en)).toBe(entry.name.en);
      const about = en.nextSibling as unknown as Node;
      expect(visibleText(about), `${entry.id}: kind label`).toMatch(/^\S.* · /);
      const anchors = elements(about, 'a');
      expect(anchors.length, `${entry.id}: back-links`).toBeGreaterThan(0);
      for (const a of anchors) expect(visibleText(a), `${entry.id}: link text names its target`).toMatch(/\p{L}/u);
      const files = anchors.map((a) => a.getAttribute('href')!.split('#')[0]);
      // Where it is defined comes first: a gland's own chapter, a term's chapter.
      expect(files[0], `${entry.id}: first link`).toBe(`${glandChapter.get(entry.id) ?? entry.chapter}.xhtml`);
      for (const use of entry.uses) expect(files, `${entry.id} → ${use.chapter}`).toContain(`${use.chapter}.xhtml`);
      links += anchors.length;
    }
    expect(links).toBeGreaterThanOrEqual(book.glossary.length);
  });

  it('uses plain names as ids (letters, digits, - _ .), each once per document', () => {
    for (const file of xhtmlFiles) {
      const ids = elements(xml(epub, file), '*').flatMap((e) => (e.getAttribute('id') ? [e.getAttribute('id')!] : []));
      expect(ids.filter((id) => !/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(id)), file).toEqual([]);
      expect(new Set(ids).size, file).toBe(ids.length);
    }
  });

  it('resolves every internal link to an existing file and id', () => {
    let count = 0;
    for (const file of xhtmlFiles) {
      for (const a of elements(xml(epub, file), 'a')) {
        const href = a.getAttribute('href')!;
        if (/^https?:/.test(href)) continue;
        const [path, id] = href.split('#');
        const target = path ? `OEBPS/${path}` : file;
        expect(epub.files.has(target), `${file}: ${href}`).toBe(true);
        if (id) expect(() => byId(target, id), `${file}: ${href}`).not.toThrow();
        count += 1;
      }
    }
    expect(count).toBeGreaterThan(book.chapters.length);
  });

  it('declares Hindi on the package and on every document', () => {
    const opf = xml(epub, 'OEBPS/content.opf');
    expect(opf.documentElement!.getAttribute('xml:lang')).toBe('hi');
    expect(visibleText(elements(opf, 'dc:language')[0]!)).toBe('hi');
    for (const file of xhtmlFiles) {
      const html = xml(epub, file).documentElement!;
      expect([html.getAttribute('lang'), html.getAttribute('xml:lang')], file).toEqual(['hi', 'hi']);
    }
  });

  it('writes Devanagari as UTF-8, not as character references', () => {
    for (const file of [...xhtmlFiles, 'OEBPS/toc.ncx', 'OEBPS/content.opf']) {
      const refs = [...text(epub, file).matchAll(/&#x?([0-9a-f]+);/gi)].filter((m) => Number.parseInt(m[1]!, m[0].includes('x') ? 16 : 10) > 0x7f);
      expect(refs.map((m) => m[0]), file).toEqual([]);
    }
    expect(text(epub, chapterFile(book.chapters[0]!.id))).toContain(book.chapters[0]!.title);
  });

  it('takes identifier and dates from the Book and carries accessibility metadata', () => {
    const opf = text(epub, 'OEBPS/content.opf');
    const modified = new Date(book.meta.modified).toISOString().replace(/\.\d{3}Z$/, 'Z');
    expect(opf).toContain(`<dc:identifier id="pub-id">${book.meta.identifier}</dc:identifier>`);
    expect(opf).toContain(`<meta property="dcterms:modified">${modified}</meta>`);
    for (const property of ['accessMode', 'accessModeSufficient', 'accessibilityFeature', 'accessibilityHazard', 'accessibilitySummary']) {
      expect(opf).toContain(`property="schema:${property}"`);
    }
    expect(opf).not.toMatch(/<dc:description>\s*<\/dc:description>/);
  });

  it('fetches nothing: no scripts, no remote images, stylesheets or fonts; the one image is the cover, with alt text', () => {
    for (const file of xhtmlFiles) expect(text(epub, file), file).not.toMatch(/<(script|iframe|object)\b|\bsrc="https?:|<link[^>]+href="https?:/);
    const images = xhtmlFiles.flatMap((file) => elements(xml(epub, file), 'img'));
    expect(images.map((img) => [img.getAttribute('src'), Boolean(img.getAttribute('alt'))])).toEqual([['cover.png', true]]);
    expect(epub.files.has('OEBPS/cover.png')).toBe(true);
    expect(text(epub, 'OEBPS/style.css')).not.toMatch(/url\(["']?https?:/);
  });
});
