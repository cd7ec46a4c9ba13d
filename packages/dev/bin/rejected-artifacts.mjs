// Which remote artifacts turbo refused. With `remoteCache.signature` on, turbo silently treats an artifact whose
// signature does not verify (forged, unsigned, signed with another key) as a cache miss and builds the task
// locally: right, but invisible. A dry run first asks the server which artifacts it has (a HEAD request each,
// nothing downloaded); a task the server had but the real run still missed is one turbo rejected.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Task ids whose artifact the remote cache holds, from `turbo run … --dry=json` output.
 * @param {string} dryJson
 * @returns {Set<string>}
 */
export function remoteHits(dryJson) {
  const { tasks } = JSON.parse(dryJson);
  return new Set(tasks.filter((t) => t.cache?.status === 'HIT' && t.cache?.source === 'REMOTE').map((t) => t.taskId));
}

/**
 * The tasks of the newest run summary (`--summarize`, .turbo/runs/<id>.json) in `root`.
 * @param {string} root
 * @returns {{ taskId: string, hash: string, cache: { status: string } }[]}
 */
export function lastRunTasks(root) {
  const dir = join(root, '.turbo', 'runs');
  const newest = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort((a, b) => statSync(join(dir, a)).mtimeMs - statSync(join(dir, b)).mtimeMs)
    .at(-1);
  return newest ? JSON.parse(readFileSync(join(dir, newest), 'utf8')).tasks : [];
}

/**
 * One warning per task the server had an artifact for that turbo did not use.
 * @param {Set<string>} offered
 * @param {{ taskId: string, hash: string, cache: { status: string } }[]} ran
 * @returns {string[]}
 */
export function rejectedArtifacts(offered, ran) {
  return ran
    .filter((task) => offered.has(task.taskId) && task.cache.status !== 'HIT')
    .map((task) => `turbo rejected the shared artifact of ${task.taskId} (${task.hash}): its signature does not verify (forged, unsigned, or signed with another TURBO_REMOTE_CACHE_SIGNATURE_KEY); the task was built locally instead`);
}
