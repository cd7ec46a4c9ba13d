import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * A hash of everything that decides what loadChapter makes of a text: the model's own code (the folder this module
 * runs from, lib/ or src/ under tests, and its package.json), the installed dependencies (the nearest
 * package-lock.json above it) and Node's version (its Unicode tables). A chapter stored by other code is never reused.
 */
export function modelCodeHash(): string {
  if (cached) return cached;
  const codeDir = dirname(dirname(fileURLToPath(import.meta.url)));
  const packageDir = dirname(codeDir);
  const hash = createHash('sha256');
  hash.update(`node ${process.versions.node} unicode ${process.versions.unicode}\n`);
  for (const path of filesUnder(codeDir)) hash.update(`${path.slice(codeDir.length)}\n`).update(readFileSync(path));
  hash.update(readFileSync(join(packageDir, 'package.json')));
  const lock = nearestLockfile(packageDir);
  hash.update(lock ? readFileSync(lock) : 'no lockfile');
  cached = hash.digest('hex');
  return cached;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    // Declarations and source maps never run.
    .filter((entry) => entry.isFile() && !/\.d\.ts$|\.map$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function nearestLockfile(from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const lock = join(dir, 'package-lock.json');
    if (existsSync(lock)) return lock;
    if (dirname(dir) === dir) return undefined;
  }
}
