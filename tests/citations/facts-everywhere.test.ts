import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { DOMParser } from '@xmldom/xmldom';
import type { Book } from '@book/model';
import { flat } from '../pdf/helpers/extract.js';
import { hasPath, hasTool } from '../helpers/tools.js';
import { builtBook, builtPages, outFile } from './helpers.js';

const ready = hasTool('pdftotext', 'poppler-utils') && hasPath(outFile('pdf'), 'built by npm run build') && hasPath(outFile('epub'), 'built by npm run build');

/** Every fact of the Book, straight from the model: each text a reader must find, Hindi and English alike. */
function modelFacts(book: Book): { what: string; text: string }[] {
  const out: { what: string; text: string }[] = [];
  const add = (what: string, t: { hi: string; en?: string } | undefined) => {
    if (!t) return;
    out.push({ what: `${what} (hi)`, text: t.hi });
    if (t.en) out.push({ what: `${what} (en)`, text: t.en });
  };
  const names = new Map<string, { hi: string; en: string }>();
  const glands = book.chapters.flatMap((c) => c.glands);
  for (const g of glands) for (const x of [g, ...(g.parts ?? []), ...(g.hormones ?? []), ...(g.disorders ?? [])]) names.set(x.id, x.name);
  const kind = { hyper: book.meta.ui.hyper, hypo: book.meta.ui.hypo, other: book.meta.ui.other };
  for (const g of glands) {
    add(`${g.id} name`, g.name);
    add(`${g.id} location`, g.location);
    for (const p of g.parts ?? []) add(`${p.id} part`, p.name);
    for (const h of g.hormones ?? []) {
      add(`${h.id} name`, h.name);
      if (h.abbr) out.push({ what: `${h.id} abbr`, text: h.abbr });
      add(`${h.id} made in`, h.madeIn ? names.get(h.madeIn) : undefined);
      add(`${h.id} released from`, h.releasedFrom ? names.get(h.releasedFrom) : undefined);
      add(`${h.id} effect`, h.effect);
      add(`${h.id} regulation`, h.regulation);
      for (const by of h.regulatedBy ?? []) add(`${h.id} regulated by ${by}`, names.get(by));
    }
    for (const d of g.disorders ?? []) {
      add(`${d.id} name`, d.name);
      out.push({ what: `${d.id} kind`, text: kind[d.kind] });
      add(`${d.id} of`, names.get(d.of));
      add(`${d.id} cause`, d.cause);
      for (const s of d.signs ?? []) out.push({ what: `${d.id} sign`, text: s.hi });
    }
  }
  return out.map((f) => ({ ...f, text: flat(f.text) }));
}

async function epubText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const texts: string[] = [];
  for (const [name, entry] of Object.entries(zip.files)) {
    if (!name.endsWith('.xhtml')) continue;
    const doc = new DOMParser().parseFromString(await entry.async('string'), 'application/xhtml+xml');
    texts.push(doc.documentElement?.textContent ?? '');
  }
  return flat(texts.join(' '));
}

describe.skipIf(!ready)('every fact of the Book is in every output', () => {
  it('is printed in the PDF and present in the EPUB text, in Hindi and (where the model has it) English', async () => {
    const book = builtBook();
    const facts = modelFacts(book);
    const pdf = flat(builtPages(book).join(' '));
    const epub = await epubText(outFile('epub'));
    const notInPdf = facts.filter((f) => !pdf.includes(f.text)).map((f) => f.what);
    const notInEpub = facts.filter((f) => !epub.includes(f.text)).map((f) => f.what);
    console.log(`facts: ${facts.length} in the model; ${facts.length - notInPdf.length} printed in the PDF, ${facts.length - notInEpub.length} in the EPUB`);
    expect({ notInPdf, notInEpub }).toEqual({ notInPdf: [], notInEpub: [] });
  });
});
