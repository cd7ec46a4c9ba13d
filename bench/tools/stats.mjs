// Medians over runs, for plain numbers and for the per-phase objects the harness reports.
export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median of each field over measure() results: wallMs, cpuMs, maxRssKB and every phase. */
export function summarize(samples) {
  const phaseNames = [...new Set(samples.flatMap((s) => Object.keys(s.report?.phases ?? {})))];
  const phases = Object.fromEntries(phaseNames.map((name) => [name, round(median(samples.map((s) => s.report?.phases?.[name])))]));
  return {
    runs: samples.length,
    wallMs: round(median(samples.map((s) => s.wallMs))),
    cpuMs: round(median(samples.map((s) => s.cpuMs))),
    maxRssKB: median(samples.map((s) => s.maxRssKB)),
    ...(phaseNames.length ? { phases } : {}),
  };
}

export function round(ms) {
  return ms === undefined ? undefined : Math.round(ms);
}

export function ratio(a, b) {
  return a === undefined || b === undefined || b === 0 ? undefined : Math.round((a / b) * 100) / 100;
}
