import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

/** A turborepo-remote-cache server on 127.0.0.1 storing artifacts in a local folder. */
export interface CacheServer {
  url: string;
  token: string;
  stop(): void;
}

const requireFromDev = createRequire(join(import.meta.dirname, '..', '..', 'packages', 'dev', 'package.json'));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * `signed`: the server keeps and returns each artifact's signature (x-artifact-tag), as a server must for turbo's
 * `remoteCache.signature`; without it the server hands out artifacts unsigned.
 */
export async function startCacheServer(storageDir: string, token: string, { signed = true } = {}): Promise<CacheServer> {
  mkdirSync(storageDir, { recursive: true });
  const port = await freePort();
  // The package's bin (its exports map does not list it): dist/cli.js beside package.json.
  const packageJson = requireFromDev.resolve('turborepo-remote-cache/package.json');
  const cli = join(dirname(packageJson), (requireFromDev(packageJson) as { bin: Record<string, string> }).bin['turborepo-remote-cache']!);
  const child: ChildProcess = spawn(process.execPath, [cli], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      TURBO_TOKEN: token,
      STORAGE_PROVIDER: 'local',
      STORAGE_PATH: storageDir,
      STORAGE_PATH_USE_TMP_FOLDER: 'false',
      LOG_LEVEL: 'warn',
      // The server does not verify signatures (turbo does); set, it stores and returns them.
      ...(signed ? { TURBO_REMOTE_CACHE_SIGNATURE_KEY: 'server-keeps-tags' } : {}),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += d));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i += 1) {
    if (child.exitCode !== null) throw new Error(`turborepo-remote-cache exited ${child.exitCode}: ${stderr}`);
    try {
      if ((await fetch(`${url}/v8/artifacts/status`)).ok) return { url, token, stop: () => child.kill() };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`turborepo-remote-cache did not answer on ${url} within 20 s: ${stderr}`);
}
