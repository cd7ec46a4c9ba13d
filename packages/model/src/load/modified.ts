import { execFileSync } from 'node:child_process';

/**
 * The one timestamp of a build, never the clock: SOURCE_DATE_EPOCH when set, else book.yaml's date, else the
 * date of the newest commit touching the content folder. Undefined when none of them is available.
 */
export function resolveModified(contentDir: string, yamlDate: string | undefined, env = process.env): string | undefined {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) throw new TypeError(`SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${epoch}"`);
    return iso(new Date(Number(epoch) * 1000));
  }
  if (yamlDate) return `${yamlDate}T00:00:00Z`;
  try {
    const seconds = execFileSync('git', ['log', '-1', '--format=%ct', '--', '.'], { cwd: contentDir, encoding: 'utf8' }).trim();
    return seconds ? iso(new Date(Number(seconds) * 1000)) : undefined;
  } catch {
    return undefined;
  }
}

function iso(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
