// How much of the book's prose each PDF gives back when copied (pdftotext, mutool, pdf.js), as the share of words
// in order (bench/tools/in-order.mjs, the measure tests/pdf holds our PDF to). A missing tool gives no number.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inOrderRecovery, proseText, tokens } from './in-order.mjs';

const root = new URL('../../', import.meta.url).pathname;
const extractors = {
  pdftotext: (pdf) => execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 << 20 }),
  mutool: (pdf) => execFileSync('mutool', ['draw', '-q', '-F', 'txt', '-o', '-', pdf], { encoding: 'utf8', maxBuffer: 256 << 20 }),
  'pdf.js': pdfjsText,
};

/** { pdftotext, mutool, 'pdf.js' }: share (0–1, 3 decimals) of the Book's prose words found in order in `pdf`. */
export async function extraction(book, pdf) {
  const expected = tokens(proseText(book));
  const shares = {};
  for (const [name, extract] of Object.entries(extractors)) {
    try {
      shares[name] = Math.round(inOrderRecovery(expected, tokens(await extract(pdf))).ratio * 1000) / 1000;
    } catch (error) {
      process.stderr.write(`extraction with ${name} failed (${error.code ?? error.message}); Debian: poppler-utils, mupdf-tools\n`);
    }
  }
  return shares;
}

async function pdfjsText(pdf) {
  const require = createRequire(join(root, 'packages', 'build-pdf', 'package.json'));
  const lib = await import(pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href);
  const doc = await lib.getDocument({ data: new Uint8Array(readFileSync(pdf)), useSystemFonts: false, isEvalSupported: false }).promise;
  let text = '';
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
    text += '\n';
  }
  await doc.destroy();
  return text;
}
