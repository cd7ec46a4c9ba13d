/** See remote-cache-warning.mjs. */
export function remoteCacheWarning(
  env: Record<string, string | undefined>,
  options?: { fetch?: typeof fetch; timeoutMs?: number },
): Promise<string | undefined>;
export function formatWarning(message: string): string;
