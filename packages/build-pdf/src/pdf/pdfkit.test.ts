import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixtureBook } from '../../../../tests/fixtures/book.js';

const lib = fileURLToPath(new URL('../../lib/', import.meta.url));

/** Runs `code` in a fresh Node process (a module loaded once stays loaded), `lib` set to this package's lib/ URL, `input` on stdin. */
function inFreshNode(code: string, input: string): string {
  return execFileSync(process.execPath, ['--input-type=module', '-e', `const lib = ${JSON.stringify(`file://${lib}`)};\n${code}`], { encoding: 'utf8', input });
}

describe('pdfkit without fontkit', () => {
  it('builds a PDF without loading fontkit, and loads it when pdfkit opens a font file', () => {
    const out = inFreshNode(`
      import { createRequire } from 'node:module';
      import { readFileSync } from 'node:fs';
      const require = createRequire(import.meta.url);
      const loaded = () => Object.entries(require.cache).filter(([path]) => /[\\\\/](pdfkit|fontkit)[\\\\/]/.test(path)).map(([path, m]) => [path.replace(/^.*node_modules./, ''), Object.keys(m.exports).length > 1]);
      const { buildPdf } = await import(lib + 'index.js');
      const { pdf } = buildPdf(JSON.parse(readFileSync(0, 'utf8')));
      const before = loaded();
      const { default: PDFDocument } = await import(lib + 'pdf/pdfkit.js');
      const { fontPaths } = await import('@book/fonts');
      new PDFDocument({ autoFirstPage: false, font: null }).font(readFileSync(fontPaths.regular));
      console.log(JSON.stringify({ pdf: pdf.length, before, after: loaded() }));
    `, JSON.stringify(fixtureBook));
    const { pdf, before, after } = JSON.parse(out) as { pdf: number; before: [string, boolean][]; after: [string, boolean][] };
    expect(pdf).toBeGreaterThan(1000);
    // pdfkit's CommonJS build is loaded, and in place of fontkit only the stand-in with its one function.
    expect(before).toEqual(expect.arrayContaining([['pdfkit/js/pdfkit.js', true], ['fontkit/dist/main.cjs', false]]));
    expect(after).toEqual(expect.arrayContaining([['fontkit/dist/main.cjs', true]]));
  });
});
