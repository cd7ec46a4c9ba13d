import Module, { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * pdfkit, loaded without fontkit. pdfkit loads fontkit as it is itself loaded (0.1 s, a fifth of a small book's PDF
 * build), yet uses it only for a font file given to doc.font(); this builder embeds its fonts itself and draws no
 * text through pdfkit. pdfkit's CommonJS build takes fontkit from the require cache, so a stand-in put there first
 * loads the real fontkit only when pdfkit asks it to open a font.
 */
function pdfkitWithoutFontkit(): typeof import('pdfkit') {
  const pdfkitPath = require.resolve('pdfkit');
  const fromPdfkit = createRequire(pdfkitPath);
  const fontkitPath = fromPdfkit.resolve('fontkit');
  if (!require.cache[pdfkitPath] && !require.cache[fontkitPath]) {
    let fontkit: { create(...args: unknown[]): unknown } | undefined;
    const standIn = new Module(fontkitPath);
    standIn.filename = fontkitPath;
    standIn.loaded = true;
    standIn.exports = {
      create(...args: unknown[]): unknown {
        if (!fontkit) {
          delete require.cache[fontkitPath];
          fontkit = fromPdfkit('fontkit') as NonNullable<typeof fontkit>;
        }
        return fontkit.create(...args);
      },
    };
    require.cache[fontkitPath] = standIn;
  }
  return require(pdfkitPath) as typeof import('pdfkit');
}

const PDFDocument = pdfkitWithoutFontkit();
export default PDFDocument;
