import { watch, type FSWatcher } from 'node:fs';

export interface ContentWatcher {
  close(): void;
}

/** Files an editor writes beside the real one (swap, backup, temporary and atomic-save files): never content. */
function isEditorNoise(name: string): boolean {
  return name.startsWith('.') || name.endsWith('~') || name.endsWith('.swp') || name.endsWith('.tmp') || /^\d+$/.test(name);
}

/**
 * Calls `onChange(names)` once a burst of saves in `dir` has settled for `settleMs` (editors often write a file
 * in several steps: truncate, write, rename), with the content file names (relative to `dir`) that changed.
 */
export function watchContent(dir: string, onChange: (names: string[]) => void, settleMs = 25): ContentWatcher {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const watcher: FSWatcher = watch(dir, { recursive: false }, (_event, name) => {
    if (!name || isEditorNoise(String(name))) return;
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
