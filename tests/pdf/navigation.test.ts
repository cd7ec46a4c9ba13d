import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { built } from './helpers/built.js';

const subject = built();

async function open() {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('pdfjs-dist/legacy/build/pdf.mjs', { paths: [new URL('../../packages/build-pdf/', import.meta.url).pathname] });
  const lib = (await import(pathToFileURL(entry).href)) as typeof import('pdfjs-dist');
  return lib.getDocument({ data: new Uint8Array(readFileSync(subject.pdf)), isEvalSupported: false }).promise;
}

describe(`navigation in the ${subject.source} PDF`, () => {
  it('links every TOC line to the page its number names', async () => {
    const doc = await open();
    const page = await doc.getPage(2);
    const links = (await page.getAnnotations()).filter((a) => a.subtype === 'Link');
    const toc = subject.book.chapters.length + 1;
    expect(links.length).toBeGreaterThanOrEqual(toc);
    for (const link of links) {
      const dest = await doc.getDestination(link.dest as string);
      expect(dest).not.toBeNull();
      const pageIndex = await doc.getPageIndex(dest![0] as { num: number; gen: number });
      const chapter = subject.book.chapters.find((c) => c.id === link.dest);
      if (chapter) expect(pageIndex + 1).toBe(subject.pageMap.chapters[chapter.id]);
    }
    await doc.destroy();
  });

  it('has an outline whose top level lists the chapters and the glossary', async () => {
    const doc = await open();
    const outline = await doc.getOutline();
    expect(outline.map((o) => o.title)).toEqual([...subject.book.chapters.map((c) => c.title), subject.book.meta.ui.glossary]);
    await doc.destroy();
  });

  it('exposes a structure tree with Lang hi and the expected roles', async () => {
    const doc = await open();
    const roles = new Set<string>();
    for (let n = 1; n <= Math.min(doc.numPages, 8); n++) {
      const tree = await (await doc.getPage(n)).getStructTree();
      const walk = (node: { role?: string; children?: unknown[] }): void => {
        if (node.role) roles.add(node.role);
        for (const child of node.children ?? []) walk(child as { role?: string; children?: unknown[] });
      };
      if (tree) walk(tree);
    }
    for (const role of ['H1', 'P', 'Link']) expect(roles).toContain(role);
    const catalog = Buffer.from(readFileSync(subject.pdf)).toString('latin1');
    expect(catalog).toMatch(/\/Lang \(hi\)/);
    await doc.destroy();
  });
});
