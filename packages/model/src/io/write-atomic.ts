import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ensureFolder } from './ensure-folder.js';

/**
 * Write `bytes` to `path` so that readers only ever see the old file or the complete new one: write a temporary
 * file in the same folder, then rename it over the target (atomic on POSIX file systems).
 */
export function writeAtomic(path: string, bytes: Uint8Array | string): void {
  const dir = dirname(path);
  ensureFolder(dir);
  const temp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
