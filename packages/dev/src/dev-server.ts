import { createRebuilder, type RebuildReport, type RebuilderOptions } from './rebuilder.js';
import { watchContent } from './watch-content.js';

export interface DevServer {
  /** The first full build (done before the watcher starts). */
  initial: RebuildReport;
  close(): void;
}

/**
 * Builds once, then watches the content folder and rebuilds after each save, one rebuild at a time: saves that
 * arrive during a rebuild are collected and handled by one more rebuild right after it.
 */
export async function startDev(options: RebuilderOptions & { onReport: (report: RebuildReport) => void }): Promise<DevServer> {
  const rebuild = createRebuilder(options);
  const initial = await rebuild();
  options.onReport(initial);
  let running: Promise<void> | undefined;
  const queued = new Set<string>();
  const drain = async () => {
    while (queued.size) {
      const changed = [...queued].sort();
      queued.clear();
      try {
        options.onReport(await rebuild(changed));
      } catch (error) {
        options.onReport({ changed, outcome: 'invalid', written: [], problems: `build failed: ${(error as Error).stack ?? String(error)}`, timings: [], totalMs: 0 });
      }
    }
    running = undefined;
  };
  const gone = (): RebuildReport => ({
    changed: [],
    outcome: 'invalid',
    written: [],
    problems: `the content folder ${options.contentDir} is gone; watching for it to come back`,
    timings: [],
    totalMs: 0,
  });
  const watcher = watchContent(
    options.contentDir,
    (names) => {
      for (const name of names) queued.add(name);
      running ??= drain();
    },
    undefined,
    () => options.onReport(gone()),
  );
  return {
    initial,
    close: () => {
      watcher.close();
      void rebuild.close();
    },
  };
}
