import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const repoRoot = join(import.meta.dirname, '..', '..');

/**
 * A folder for clones on the same file system as the repository, so node_modules can be hard-linked rather than
 * installed again: the system temp folder when it is on the same device, else the repository's ignored tmp/.
 */
export function workFolder(prefix: string): string {
  const sameDevice = statSync(tmpdir()).dev === statSync(repoRoot).dev;
  const base = sameDevice ? tmpdir() : join(repoRoot, 'tmp');
  execFileSync('mkdir', ['-p', base]);
  return mkdtempSync(join(base, prefix));
}

/**
 * `git clone` of `source` (the committed tree, no build outputs) with the repository's node_modules copied as
 * hard links (cp -al: a few seconds instead of an `npm ci`). Workspace links in node_modules/@book are relative
 * symlinks, copied as such, so they point into the clone's own packages/.
 */
export function cloneWithModules(source: string, target: string): string {
  execFileSync('git', ['clone', '--quiet', '--no-hardlinks', source, target]);
  execFileSync('cp', ['-al', join(repoRoot, 'node_modules'), join(target, 'node_modules')]);
  return target;
}
