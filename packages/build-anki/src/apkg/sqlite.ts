import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type initSqlJsFunction from 'sql.js';
import type { SqlJsStatic } from 'sql.js';

export type { SqlJsStatic };

const require = createRequire(import.meta.url);
/** The WebAssembly constructors (this project's TS lib has no DOM, which declares them). */
const wasm = (globalThis as unknown as {
  WebAssembly: { Module: new (bytes: Uint8Array) => object; Instance: new (module: object, imports: object) => { exports: object } };
}).WebAssembly;
let sqlJs: Promise<SqlJsStatic> | undefined;

/**
 * sql.js, loaded once per process, its WebAssembly compiled synchronously. sql.js's own asynchronous compile
 * queues behind V8's background optimisation of HarfBuzz's code: right after the fonts were subset from known
 * glyph closures, the deck build sat idle for 0.6 s waiting for it.
 */
export function sqlite(): Promise<SqlJsStatic> {
  // require, not import: import runs Node's CommonJS export scanner over sql.js's script first (~15 ms).
  const initSqlJs = require('sql.js') as typeof initSqlJsFunction;
  return (sqlJs ??= initSqlJs({
    instantiateWasm(imports, receiveInstance) {
      const module = new wasm.Module(readFileSync(require.resolve('sql.js/dist/sql-wasm.wasm')));
      const instance = new wasm.Instance(module, imports);
      receiveInstance(instance);
      return instance.exports;
    },
  }));
}
