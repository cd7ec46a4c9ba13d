import { watch, type FSWatcher } from 'node:fs';

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

/**
 * Calls `onChange(names)` once a burst of saves in `dir` has settled for `settleMs` (editors often write a file
 * in several steps: truncate, write, rename), with the content file names (relative to `dir`) that changed.
 */
export function watchContent(dir: string, onChange: (names: string[]) => void, settleMs = 25): ContentWatcher {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  // Recursive, for figures/ (Node watches subfolders recursively on Linux, macOS and Windows).
  const watcher: FSWatcher = watch(dir, { recursive: true }, (_event, name) => {
    if (!name || !isContentFile(String(name))) return;
    pending.add(String(name));
    clearTimeout(timer);
    timer = setTimeout(() => {
      const names = [...pending].sort();
      pending.clear();
      onChange(names);
    }, settleMs);
  });
  return {
    close() {
      clearTimeout(timer);
      watcher.close();
    },
  };
}
