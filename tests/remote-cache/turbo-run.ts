import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface TaskCache {
  taskId: string;
  hash: string;
  cache: { local: boolean; remote: boolean; status: 'HIT' | 'MISS'; source?: 'LOCAL' | 'REMOTE' };
}

/**
 * The environment of a build in a clone: this machine's, without any TURBO_* setting of the developer's, with
 * telemetry and update checks off (nothing may leave 127.0.0.1), plus `remote` (TURBO_API, TURBO_TOKEN, TURBO_TEAM).
 */
export function buildEnv(remote: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('TURBO_')));
  Object.assign(env, { TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', TURBO_NO_UPDATE_NOTIFIER: '1' });
  for (const [k, v] of Object.entries(remote)) if (v !== undefined) env[k] = v;
  return env;
}

/** `npm run build` as the root script will run it (packages/dev/bin/turbo-build.mjs), in `cwd`. */
export function runBuild(cwd: string, env: NodeJS.ProcessEnv, args: string[] = []) {
  const result = spawnSync(process.execPath, [join(cwd, 'packages', 'dev', 'bin', 'turbo-build.mjs'), ...args], { cwd, env, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The per-task cache results of the newest `--summarize` run in `cwd`. */
export function lastRunTasks(cwd: string): TaskCache[] {
  const dir = join(cwd, '.turbo', 'runs');
  const newest = readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort((a, b) => statSync(join(dir, a)).mtimeMs - statSync(join(dir, b)).mtimeMs)
    .at(-1);
  if (!newest) throw new Error(`no run summary in ${dir}`);
  return (JSON.parse(readFileSync(join(dir, newest), 'utf8')) as { tasks: TaskCache[] }).tasks;
}
