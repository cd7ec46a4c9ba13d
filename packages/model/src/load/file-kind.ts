import { lstatSync, type Stats } from 'node:fs';

export type FileKind = 'file' | 'missing' | 'symbolic link' | 'directory' | 'named pipe (FIFO)' | 'device' | 'socket';

/** What is at `path`, without following a symbolic link: only a plain 'file' may be read as content. */
export function fileKind(path: string): FileKind {
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch {
    return 'missing';
  }
  return kindOf(stats);
}

export function kindOf(stats: Stats): FileKind {
  if (stats.isFile()) return 'file';
  if (stats.isSymbolicLink()) return 'symbolic link';
  if (stats.isDirectory()) return 'directory';
  if (stats.isFIFO()) return 'named pipe (FIFO)';
  if (stats.isSocket()) return 'socket';
  return 'device';
}
