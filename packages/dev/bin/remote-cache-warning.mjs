// Why a build would not use the shared Turborepo remote cache, checked before turbo runs: turbo itself only
// prints "• Remote caching disabled" among its header lines when TURBO_TOKEN is missing, and reports a rejected
// token at the very end. Plain JavaScript (no compile step) because `npm run build` runs it before anything is built.

/**
 * A warning (one line) when the environment asks for a remote cache that this build cannot use, or undefined
 * when there is nothing to say: no remote cache configured at all, or one that accepts the token.
 * @param {Record<string, string | undefined>} env
 * @param {{ fetch?: typeof fetch, timeoutMs?: number }} [options]
 * @returns {Promise<string | undefined>}
 */
export async function remoteCacheWarning(env, { fetch: fetchImpl = fetch, timeoutMs = 3000 } = {}) {
  const api = env.TURBO_API;
  const token = env.TURBO_TOKEN;
  const team = env.TURBO_TEAM;
  if (!api && !token && !team) return undefined;
  if (!api) return 'TURBO_TOKEN/TURBO_TEAM are set but TURBO_API is not: turbo would use Vercel\'s cache; set TURBO_API to the team\'s cache server';
  if (!token) return `TURBO_API is ${api} but TURBO_TOKEN is not set: this build neither reads nor fills the shared cache (it builds everything locally)`;
  if (!team) return `TURBO_API is ${api} but TURBO_TEAM is not set: turbo will not use the remote cache (set the team slug)`;
  if (!env.TURBO_REMOTE_CACHE_SIGNATURE_KEY) {
    return `TURBO_API is ${api} but TURBO_REMOTE_CACHE_SIGNATURE_KEY is not set: turbo.json requires signed artifacts, so this build can neither verify nor sign shared ones (it builds everything locally)`;
  }
  // A lookup of an artifact that cannot exist: 404 means the token was accepted, 401/403 that it was not.
  const url = `${api.replace(/\/+$/, '')}/v8/artifacts/0000000000000000?slug=${encodeURIComponent(team)}`;
  let status;
  try {
    const response = await fetchImpl(url, { method: 'HEAD', headers: { Authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(timeoutMs) });
    status = response.status;
  } catch (error) {
    return `cannot reach the remote cache at ${api} (${error?.cause?.code ?? error?.message ?? error}): this build uses the local cache only`;
  }
  if (status === 401 || status === 403) return `the remote cache at ${api} rejected TURBO_TOKEN (HTTP ${status}): this build neither reads nor fills the shared cache`;
  if (status >= 500) return `the remote cache at ${api} answered HTTP ${status}: this build may not use the shared cache`;
  return undefined;
}

/** The warning as printed: one line that stands out in a build log. */
export function formatWarning(message) {
  return `WARNING  remote cache: ${message}`;
}
