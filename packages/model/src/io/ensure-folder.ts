import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { InputError } from './input-error.js';

/**
 * Make sure `dir` is a folder, creating it and its missing parents one by one. Node's own recursive mkdir never
 * returns for a path under /proc, and a file in the way gives a bare EEXIST; both become one clear InputError.
 */
export function ensureFolder(dir: string): void {
  const missing: string[] = [];
  let at = dir;
  for (;;) {
    const stat = statSync(at, { throwIfNoEntry: false });
    if (stat?.isDirectory()) break;
    if (stat) throw new InputError(`cannot write into ${dir}: ${at} is a file, not a folder; give --out a folder`);
    if (dirname(at) === at) break;
    missing.unshift(at);
    at = dirname(at);
  }
  for (const folder of missing) {
    try {
      mkdirSync(folder);
    } catch (error) {
      const { code } = error as NodeJS.ErrnoException;
      if (code === 'EEXIST' && statSync(folder).isDirectory()) continue;
      throw new InputError(`cannot create the output folder ${dir} (${code ?? (error as Error).message} at ${folder}); give --out a folder you can write to`);
    }
  }
}
