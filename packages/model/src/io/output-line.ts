import { relative } from 'node:path';

/** The one line a build prints per output: path, size, what it holds, time. */
export function outputLine(path: string, bytes: number, holds: string, milliseconds: number): string {
  const size = bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} kB`;
  return `${relative(process.cwd(), path) || path}  ${size}  ${holds}  ${Math.round(milliseconds)} ms`;
}
