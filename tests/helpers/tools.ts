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
