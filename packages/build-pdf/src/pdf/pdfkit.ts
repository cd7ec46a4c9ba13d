import Module, { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Modules pdfkit loads as it loads, for features this builder does not use (it embeds its fonts itself, and has no
 * images or encryption), and how pdfkit uses each: the functions it calls on it, or `new` on the module itself.
 * Together 0.1–0.15 s, a quarter of a small book's PDF build.
 */
const unused: { name: string; calls: string[] | 'new' }[] = [
  { name: 'fontkit', calls: ['create'] },
  { name: '@noble/ciphers/aes', calls: ['cbc', 'ecb'] },
  { name: 'png-js', calls: 'new' },
];

/**
 * pdfkit, loaded with stand-ins for the modules in `unused`: its CommonJS build takes them from the require cache, where
 * each stand-in loads the real module when pdfkit first uses it.
 */
function pdfkitWithStandIns(): typeof import('pdfkit') {
  const pdfkitPath = require.resolve('pdfkit');
  if (require.cache[pdfkitPath]) return require(pdfkitPath) as typeof import('pdfkit');
  const fromPdfkit = createRequire(pdfkitPath);
  for (const { name, calls } of unused) {
    const path = fromPdfkit.resolve(name);
    if (require.cache[path]) continue;
    let real: Record<string, (...args: unknown[]) => unknown> & (new (...args: unknown[]) => object);
    const load = (): typeof real => {
      if (!real) {
        delete require.cache[path];
        real = fromPdfkit(name) as typeof real;
      }
      return real;
    };
    const standIn = new Module(path);
    standIn.filename = path;
    standIn.loaded = true;
    standIn.exports =
      calls === 'new'
        ? function standIn(...args: unknown[]): object {
            return new (load())(...args);
          }
        : Object.fromEntries(calls.map((call) => [call, (...args: unknown[]) => load()[call]!(...args)]));
    require.cache[path] = standIn;
  }
  return require(pdfkitPath) as typeof import('pdfkit');
}

const PDFDocument = pdfkitWithStandIns();
export default PDFDocument;
