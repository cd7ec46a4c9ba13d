import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ensureFolder } from './ensure-folder.js';

/**
 * Write `bytes` to `path` so that readers only ever see the old file or the complete new one: write a temporary
 * file in the same folder, then rename it over the target (atomic on POSIX file systems).
 */
export function writeAtomic(path: string, bytes: Uint8Array | string): void {
  stageAtomic(path, bytes).commit();
}

/** A file written beside its target and not yet in place: commit() renames it over the target, discard() removes it. */
export interface StagedFile {
  commit(): void;
  discard(): void;
}

/**
 * The first half of writeAtomic: the bytes are written to a temporary file in `path`'s folder now, and reach `path`
 * only on commit(), a rename. Lets a build write each output as soon as it has it and still put none in place until
 * every output is built.
 */
export function stageAtomic(path: string, bytes: Uint8Array | string): StagedFile {
  const dir = dirname(path);
  ensureFolder(dir);
  const temp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  const discard = () => rmSync(temp, { force: true });
  try {
    writeFileSync(temp, bytes);
  } catch (error) {
    discard();
    throw error;
  }
  return {
    commit() {
      try {
        renameSync(temp, path);
      } catch (error) {
        discard();
        throw error;
      }
    },
    discard,
  };
}
