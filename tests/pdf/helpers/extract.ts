import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/** Text as poppler's pdftotext extracts it (default reading-order mode, as a viewer's copy does). */
export function pdftotext(pdf: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
}

/** Text as MuPDF extracts it. */
export function mutool(pdf: string): string {
  return execFileSync('mutool', ['draw', '-q', '-F', 'txt', '-o', '-', pdf], { encoding: 'utf8', maxBuffer: 64 << 20 });
}

/** Text as pdf.js (Firefox's viewer) extracts it: items joined, a newline where pdf.js reports an end of line. */
export async function pdfjs(pdf: string): Promise<string> {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('pdfjs-dist/legacy/build/pdf.mjs', { paths: [new URL('../../../packages/build-pdf/', import.meta.url).pathname] });
  const lib = (await import(pathToFileURL(entry).href)) as typeof import('pdfjs-dist');
  const doc = await lib.getDocument({ data: new Uint8Array(readFileSync(pdf)), useSystemFonts: false, isEvalSupported: false }).promise;
  let text = '';
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    for (const item of content.items) {
      if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
    }
    text += '\n';
  }
  await doc.destroy();
  return text;
}

// The token split and the in-order measure live in bench/tools so `npm run bench` scores the peers' PDFs the same way.
export { inOrderRecovery, tokens } from '../../../bench/tools/in-order.mjs';

/** Text compared the way a reader searches it: NFC, every run of whitespace one space. */
export function flat(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * The text of each page (index 0 = page 1), flattened, without its running header and page number. Read with
 * `pdftotext -raw` (content-stream order): the default mode reads side-by-side table cells line by line across
 * the row, which splits every fact printed on two lines; our content stream draws each cell whole.
 * `furniture`: the running headers the book uses (chapter titles, contents, glossary).
 */
export function pageTexts(pdf: string, furniture: readonly string[]): string[] {
  const raw = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const headers = new Set(furniture.map(flat));
  return raw
    .split('\f')
    .slice(0, -1)
    .map((page) => {
      const lines = page.split('\n').map(flat).filter(Boolean);
      // The header and the page number are drawn last, so they are the last lines.
      for (let i = 0; i < 2 && lines.length; i++) if (/^\d+$/.test(lines.at(-1)!) || headers.has(lines.at(-1)!)) lines.pop();
      return lines.join(' ');
    });
}
