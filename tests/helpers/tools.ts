import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Whether an external command is installed. In CI (CI=true) a missing tool is an error, so a test can never
 * pass by silently skipping; elsewhere the caller skips with a message that names the Debian package.
 */
export function hasTool(command: string, debianPackage: string): boolean {
  const found = command.startsWith('/') ? existsSync(command) : onPath(command);
  if (!found && process.env.CI === 'true') {
    throw new Error(`${command} is missing: CI must install the Debian package ${debianPackage} (see .ci/run)`);
  }
  if (!found) console.warn(`skipping: ${command} not found; install it with: apt-get install ${debianPackage}`);
  return found;
}

function onPath(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export const EPUBCHECK_JAR = '/usr/share/java/epubcheck.jar';

/**
 * Whether a file a test depends on exists (the real Anki exports in ../shared, a build output). In CI a missing
 * one is an error, never a silent skip; elsewhere the caller skips and this prints what is missing.
 */
export function hasPath(path: string, what: string): boolean {
  if (existsSync(path)) return true;
  if (process.env.CI === 'true') throw new Error(`${path} is missing in CI: ${what}`);
  console.warn(`skipping: ${path} is absent (${what})`);
  return false;
}
