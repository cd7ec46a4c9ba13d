import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasTool } from '../helpers/tools.js';
import { startCacheServer, type CacheServer } from './cache-server.js';
import { cloneWithModules, repoRoot, workFolder } from './clone.js';
import { buildEnv, lastRunTasks, runBuild, type TaskCache } from './turbo-run.js';

// Two clones of the repository share builds through a turborepo-remote-cache server on 127.0.0.1: the first
// builds everything and uploads, the second (fresh: no lib/, no dist/, no .turbo/) gets every task from the
// server, byte for byte. A missing or wrong token is a visible warning, and the build still runs locally.
const TEAM = 'book';
const TOKEN = 'test-token-remote-cache';
/** The key turbo signs and verifies artifacts with (turbo.json: remoteCache.signature). */
const KEY = 'test-signature-key-remote-cache-0123456789';
const remote = (url: string, more: Record<string, string | undefined> = {}) =>
  buildEnv({ TURBO_API: url, TURBO_TOKEN: TOKEN, TURBO_TEAM: TEAM, TURBO_REMOTE_CACHE_SIGNATURE_KEY: KEY, ...more });
const haveGit = hasTool('git', 'git') && hasTool('zstd', 'zstd');

describe.skipIf(!haveGit)('turbo remote cache (turborepo-remote-cache on 127.0.0.1)', () => {
  let work: string;
  let server: CacheServer;
  let first: string;
  let second: string;
  let firstTasks: TaskCache[];

  beforeAll(async () => {
    work = workFolder('remote-cache-');
    server = await startCacheServer(join(work, 'store'), TOKEN);
    first = cloneWithModules(repoRoot, join(work, 'first'));
    // The second clone comes from the first, so both hold the same commit even if main moves meanwhile.
    second = cloneWithModules(first, join(work, 'second'));
    const built = runBuild(first, remote(server.url), ['--summarize']);
    expect(built.status, built.output).toBe(0);
    firstTasks = lastRunTasks(first);
    // The server may still be writing the last uploads when turbo exits: wait for them (not a timing check).
    for (let i = 0; i < 150 && stored() < firstTasks.length; i += 1) await new Promise((r) => setTimeout(r, 200));
  }, 300_000);

  const stored = () => {
    try {
      // One file per artifact, and beside it <hash>.tag holding its signature.
      return readdirSync(join(work, 'store', TEAM)).filter((name) => !name.endsWith('.tag')).length;
    } catch {
      return 0;
    }
  };

  afterAll(() => {
    server?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('uses each clone\'s own packages through the hard-linked node_modules', () => {
    expect(realpathSync(join(second, 'node_modules', '@book', 'model'))).toBe(realpathSync(join(second, 'packages', 'model')));
  });

  it('builds every task in the first clone and uploads it', () => {
    expect(firstTasks.length).toBeGreaterThanOrEqual(10);
    expect(firstTasks.filter((t) => t.cache.status === 'HIT')).toEqual([]);
    expect(stored()).toBe(firstTasks.length);
  });

  it('gets every task of the second clone from the remote cache, with byte-identical outputs', () => {
    const built = runBuild(second, remote(server.url), ['--summarize']);
    expect(built.status, built.output).toBe(0);
    expect(built.output).not.toMatch(/WARNING/);
    const tasks = lastRunTasks(second);
    expect(tasks.map((t) => t.taskId).sort()).toEqual(firstTasks.map((t) => t.taskId).sort());
    for (const task of tasks) expect({ task: task.taskId, ...task.cache }).toMatchObject({ task: task.taskId, status: 'HIT', source: 'REMOTE', local: false });
    const outputs = [...files(join(first, 'dist'), first), ...readdirSync(join(first, 'packages')).flatMap((p) => files(join(first, 'packages', p, 'lib'), first))];
    expect(outputs.length).toBeGreaterThan(20);
    for (const path of outputs) expect(readFileSync(join(second, path)).equals(readFileSync(join(first, path))), path).toBe(true);
  }, 180_000);

  it('warns when TURBO_TOKEN is missing', () => {
    const built = runBuild(second, remote(server.url, { TURBO_TOKEN: undefined }), ['--filter=@book/fonts']);
    expect(built.status, built.output).toBe(0);
    expect(built.output).toMatch(/WARNING {2}remote cache: TURBO_API is http:\/\/127\.0\.0\.1:\d+ but TURBO_TOKEN is not set/);
  });

  it('warns when the server rejects the token', () => {
    const built = runBuild(second, remote(server.url, { TURBO_TOKEN: 'wrong-token' }), ['--filter=@book/fonts']);
    expect(built.status, built.output).toBe(0);
    expect(built.output).toMatch(/WARNING {2}remote cache: the remote cache at http:\/\/127\.0\.0\.1:\d+ rejected TURBO_TOKEN \(HTTP 401\)/);
  });

  it('warns when TURBO_REMOTE_CACHE_SIGNATURE_KEY is missing (turbo could neither verify nor sign artifacts)', () => {
    const built = runBuild(second, remote(server.url, { TURBO_REMOTE_CACHE_SIGNATURE_KEY: undefined }), ['--filter=@book/fonts']);
    expect(built.status, built.output).toBe(0);
    expect(built.output).toMatch(/WARNING {2}remote cache: TURBO_API is http:\/\/127\.0\.0\.1:\d+ but TURBO_REMOTE_CACHE_SIGNATURE_KEY is not set/);
  });

  it('rejects a forged artifact for the PDF task: builds the PDF locally and says so', () => {
    const pdfTask = firstTasks.find((t) => t.taskId === '@book/build-pdf#build')!;
    const { hash } = pdfTask;
    // What an attacker with write access to the store would serve: a valid archive holding a 13-byte "PDF".
    const forge = join(work, 'forge');
    mkdirSync(join(forge, 'dist'), { recursive: true });
    writeFileSync(join(forge, 'dist', 'endocrine-system.pdf'), '%PDF-forged!\n');
    execFileSync('tar', ['--zstd', '-cf', join(work, 'store', TEAM, hash), '-C', forge, 'dist']);

    const third = cloneWithModules(first, join(work, 'third'));
    const built = runBuild(third, remote(server.url), ['--filter=@book/build-pdf']);
    expect(built.status, built.output).toBe(0);
    const pdf = lastRunTasks(third).find((t) => t.taskId === '@book/build-pdf#build')!;
    expect(pdf.cache.status).toBe('MISS');
    expect(readFileSync(join(third, 'dist', 'endocrine-system.pdf')).equals(readFileSync(join(first, 'dist', 'endocrine-system.pdf')))).toBe(true);
    expect(built.output).toContain(`WARNING  remote cache: turbo rejected the shared artifact of @book/build-pdf#build (${hash}): its signature does not verify`);
  }, 240_000);

  it('rejects unsigned artifacts (a server that drops signatures): builds locally and says so', async () => {
    const unsigned = await startCacheServer(join(work, 'store'), TOKEN, { signed: false });
    try {
      const fourth = cloneWithModules(first, join(work, 'fourth'));
      const built = runBuild(fourth, remote(unsigned.url), ['--filter=@book/kept-files']);
      expect(built.status, built.output).toBe(0);
      expect(lastRunTasks(fourth).map((t) => [t.taskId, t.cache.status])).toEqual([['@book/kept-files#compile', 'MISS']]);
      expect(built.output).toContain('WARNING  remote cache: turbo rejected the shared artifact of @book/kept-files#compile');
    } finally {
      unsigned.stop();
    }
  }, 240_000);
});

/** Every file under `dir` (if it exists), relative to `base`. */
function files(dir: string, base: string): string[] {
  try {
    statSync(dir);
  } catch {
    return [];
  }
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => relative(base, path));
}
