import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixtureBook } from '../../../../tests/fixtures/book.js';

const lib = fileURLToPath(new URL('../../lib/', import.meta.url));

/** Runs `code` in a fresh Node process (a module loaded once stays loaded), `lib` set to this package's lib/ URL, `input` on stdin. */
function inFreshNode(code: string, input: string): string {
  return execFileSync(process.execPath, ['--input-type=module', '-e', `const lib = ${JSON.stringify(`file://${lib}`)};\n${code}`], { encoding: 'utf8', input });
}

describe('pdfkit with stand-ins', () => {
  it('builds a PDF without loading fontkit, png-js or the AES cipher, and loads fontkit when pdfkit opens a font file', () => {
    const out = inFreshNode(`
      import { createRequire } from 'node:module';
      import { readFileSync } from 'node:fs';
      const require = createRequire(import.meta.url);
      // Each pdfkit module and what it exports: a stand-in's names, or "real" for the module itself.
      const loaded = () => Object.entries(require.cache).filter(([path]) => /[\\\\/](pdfkit|fontkit|png-js|@noble[\\\\/]ciphers)[\\\\/]/.test(path)).map(([path, m]) => {
        const exported = typeof m.exports === 'function' ? m.exports.name : Object.keys(m.exports).join();
        return [path.replace(/^.*node_modules./, ''), ['standIn', 'create', 'cbc,ecb'].includes(exported) ? exported : 'real'];
      });
      const { buildPdf } = await import(lib + 'index.js');
      const { pdf } = buildPdf(JSON.parse(readFileSync(0, 'utf8')));
      const before = loaded();
      const { default: PDFDocument } = await import(lib + 'pdf/pdfkit.js');
      const { fontPaths } = await import('@book/fonts');
      new PDFDocument({ autoFirstPage: false, font: null }).font(readFileSync(fontPaths.regular));
      console.log(JSON.stringify({ pdf: pdf.length, before, after: loaded() }));
    `, JSON.stringify(fixtureBook));
    const { pdf, before, after } = JSON.parse(out) as { pdf: number; before: [string, string][]; after: [string, string][] };
    expect(pdf).toBeGreaterThan(1000);
    // pdfkit's CommonJS build is loaded, and in place of the modules it would use for other books only stand-ins.
    const standIns = before.filter(([, exported]) => exported !== 'real');
    expect(before).toContainEqual(['pdfkit/js/pdfkit.js', 'real']);
    expect(standIns.map(([, exported]) => exported).sort()).toEqual(['cbc,ecb', 'create', 'standIn']);
    expect(before.filter(([path]) => /fontkit|png-js|aes/.test(path))).toEqual(standIns);
    expect(after.find(([path]) => path.startsWith('fontkit/'))?.[1]).toBe('real');
  });
});
