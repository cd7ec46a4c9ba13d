import { describe, expect, it } from 'vitest';
import { remoteCacheWarning } from '../../packages/dev/bin/remote-cache-warning.mjs';

const api = 'http://127.0.0.1:9';
const answering = (status: number) => async () => new Response(null, { status });
const check = (env: Record<string, string>, fetch: typeof globalThis.fetch = answering(404)) => remoteCacheWarning(env, { fetch });

describe('remoteCacheWarning', () => {
  it('says nothing when no remote cache is configured, or when the server accepts the token', async () => {
    expect(await check({})).toBeUndefined();
    expect(await check({ TURBO_API: api, TURBO_TOKEN: 't', TURBO_TEAM: 'book', TURBO_REMOTE_CACHE_SIGNATURE_KEY: 'k' })).toBeUndefined();
  });

  it('names a missing token, team or API', async () => {
    expect(await check({ TURBO_API: api, TURBO_TEAM: 'book' })).toMatch(/TURBO_TOKEN is not set/);
    expect(await check({ TURBO_API: api, TURBO_TOKEN: 't' })).toMatch(/TURBO_TEAM is not set/);
    expect(await check({ TURBO_TOKEN: 't', TURBO_TEAM: 'book', TURBO_REMOTE_CACHE_SIGNATURE_KEY: 'k' })).toMatch(/TURBO_API is not/);
  });

  it('names a missing signature key (turbo.json requires signed artifacts)', async () => {
    expect(await check({ TURBO_API: api, TURBO_TOKEN: 't', TURBO_TEAM: 'book' })).toMatch(/TURBO_REMOTE_CACHE_SIGNATURE_KEY is not set: turbo\.json requires signed artifacts/);
  });

  it('names a rejected token and an unreachable server', async () => {
    expect(await check({ TURBO_API: api, TURBO_TOKEN: 't', TURBO_TEAM: 'book', TURBO_REMOTE_CACHE_SIGNATURE_KEY: 'k' }, answering(401))).toMatch(/rejected TURBO_TOKEN \(HTTP 401\)/);
    expect(await check({ TURBO_API: api, TURBO_TOKEN: 't', TURBO_TEAM: 'book', TURBO_REMOTE_CACHE_SIGNATURE_KEY: 'k' }, answering(403))).toMatch(/rejected TURBO_TOKEN \(HTTP 403\)/);
    const refused = async () => {
      throw new TypeError('fetch failed');
    };
    expect(await check({ TURBO_API: api, TURBO_TOKEN: 't', TURBO_TEAM: 'book', TURBO_REMOTE_CACHE_SIGNATURE_KEY: 'k' }, refused)).toMatch(/cannot reach the remote cache/);
  });
});
