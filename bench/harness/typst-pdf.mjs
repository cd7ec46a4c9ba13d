// Typst, the peer: node bench/harness/typst-pdf.mjs <main.typ> <out.pdf> <fontDir>…  Compiles with the compiler
// the npm package @myriaddreamin/typst-ts-node-compiler ships (Typst's own Rust code, as a Node addon), in its own
// process like our builders. Phases: import, compile (parse + layout), pdf (export), write.
import { writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { phaseClock } from './phase-clock.mjs';

const [main, out, ...fontDirs] = process.argv.slice(2);
const clock = phaseClock();
const { NodeCompiler } = await clock.time('import', () => import('@myriaddreamin/typst-ts-node-compiler'));
const compiler = NodeCompiler.create({ workspace: dirname(main), fontArgs: [{ fontPaths: fontDirs }] });
const result = await clock.time('compile', () => compiler.compile({ mainFilePath: main }));
if (result.hasError()) {
  result.printDiagnostics();
  throw new Error(`typst could not compile ${main}`);
}
const doc = result.result;
const epoch = Number(process.env.SOURCE_DATE_EPOCH ?? 0);
const pdf = await clock.time('pdf', () => compiler.pdf(doc, { creationTimestamp: epoch }));
await clock.time('write', () => writeFileSync(out, pdf));
clock.report({ pages: doc.numOfPages });
