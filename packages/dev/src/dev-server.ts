import { createRebuilder, type RebuildReport, type RebuilderOptions } from './rebuilder.js';
import { watchContent } from './watch-content.js';

export interface DevServer {
  /** The first full build (done before the watcher starts). */
  initial: RebuildReport;
  close(): void;
}

/**
 * How long a rebuild that found content errors waits before saying so. The watcher acts 5 ms after the last file
 * event, and an editor may still be writing then (truncate, write, rename): the rebuild then reads half a file. When
 * another save arrives within this wait, the errors were of that half file and are not reported; the next rebuild is.
 */
export const HOLD_ERRORS_MS = 100;

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
        const report = await rebuild(changed);
        if (report.outcome === 'invalid') await new Promise((done) => setTimeout(done, HOLD_ERRORS_MS));
        if (report.outcome !== 'invalid' || !queued.size) options.onReport(report);
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
