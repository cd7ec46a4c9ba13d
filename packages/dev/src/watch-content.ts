import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';

export interface ContentWatcher {
  close(): void;
}

/**
 * Content is chapter Markdown, the YAML files and the figures (figures/*.svg); anything else appearing in the
 * folder is an editor's swap, backup or atomic-save temporary (.thyroid.md.swp, thyroid.md~, sedXXXXXX, 4913) and
 * is ignored.
 */
export function isContentFile(name: string): boolean {
  if (/^figures[\\/][^./\\][^/\\]*\.svg$/.test(name)) return true;
  return !name.startsWith('.') && !/[\\/]/.test(name) && (name.endsWith('.md') || name.endsWith('.yaml'));
}

const isFolder = (path: string) => statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;

/**
 * Calls `onChange(names)` once a burst of saves in `dir` has settled for `settleMs` (editors often write a file
 * in several steps: truncate, write, rename), with the content file names (relative to `dir`) that changed. The
 * wait is short, since it is part of every save's rebuild: a half-written file is caught by the dev server, which
 * holds back errors while more saves come (HOLD_ERRORS_MS).
 * When `dir` itself goes away (deleted, or moved aside by a checkout), calls `onGone()` once, waits for a folder
 * of that name to come back, watches the new one and reports every content file in it as changed.
 */
export function watchContent(dir: string, onChange: (names: string[]) => void, settleMs = 5, onGone: () => void = () => {}): ContentWatcher {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  let waiting: FSWatcher | undefined;

  const settle = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!isFolder(dir)) return lost();
      const names = [...pending].sort();
      pending.clear();
      onChange(names);
    }, settleMs);
  };

  const start = () => {
    // Recursive, for figures/ (Node watches subfolders recursively on Linux, macOS and Windows).
    watcher = watch(dir, { recursive: true }, (_event, name) => {
      if (!isFolder(dir)) return lost();
      if (!name || !isContentFile(String(name))) return;
      pending.add(String(name));
      settle();
    });
    watcher.on('error', lost);
  };

  const lost = () => {
    if (!watcher) return;
    watcher.close();
    watcher = undefined;
    clearTimeout(timer);
    pending.clear();
    onGone();
    waiting = watch(dirname(dir), { recursive: false }, (_event, name) => {
      if (String(name) === basename(dir)) cameBack();
    });
    waiting.on('error', () => {});
    cameBack(); // it may have come back before the parent was watched
  };

  const cameBack = () => {
    if (!waiting || !isFolder(dir)) return;
    waiting.close();
    waiting = undefined;
    start();
    for (const name of readdirSync(dir, { recursive: true })) if (isContentFile(String(name))) pending.add(String(name));
    settle();
  };

  start();
  return {
    close() {
      clearTimeout(timer);
      watcher?.close();
      waiting?.close();
    },
  };
}
