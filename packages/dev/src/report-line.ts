import type { RebuildReport } from './rebuilder.js';

const ms = (n: number) => `${Math.round(n)} ms`;

/** One line per rebuild, e.g. "rebuilt 7 outputs in 640 ms after thyroid.md changed (load 45 ms, pdf 210 ms, …)". */
export function reportLine(report: RebuildReport): string {
  const cause = report.changed.length ? ` after ${report.changed.join(', ')} changed` : '';
  const steps = report.timings.map((t) => `${t.step} ${ms(t.ms)}`).join(', ');
  switch (report.outcome) {
    case 'built':
      return `rebuilt ${report.written.length} outputs in ${ms(report.totalMs)}${cause} (${steps}): ${report.written.join(' ')}`;
    case 'unchanged':
      return `nothing to rebuild${cause}: the Book is the same (${ms(report.totalMs)})`;
    case 'invalid':
      return `not rebuilt${cause}: the content has errors, dist/ keeps the last good build\n${report.problems ?? ''}`;
  }
}
