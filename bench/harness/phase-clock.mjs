// Wall-clock phases of one bench process, plus its own peak memory, printed as one JSON line for bench/run.mjs.
import { performance } from 'node:perf_hooks';

export function phaseClock() {
  const phases = {};
  const add = (name, ms) => {
    phases[name] = (phases[name] ?? 0) + ms;
  };
  return {
    phases,
    add,
    /** Runs fn (sync or async), adding its wall time to phase `name`; returns fn's result. */
    async time(name, fn) {
      const started = performance.now();
      try {
        return await fn();
      } finally {
        add(name, performance.now() - started);
      }
    },
    /** Prints the result line bench/tools/measure.mjs looks for. */
    report(extra = {}) {
      const rounded = Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, Math.round(v * 10) / 10]));
      process.stdout.write(`BENCH ${JSON.stringify({ phases: rounded, maxRssKB: process.resourceUsage().maxRSS, ...extra })}\n`);
    },
  };
}

/**
 * Wraps the model's compiled ajv validators so the time spent in schema validation inside loadBook is counted as
 * phase `validate` (loadBook parses and validates in one pass; the rest of it is `load`). The wrappers keep
 * `.errors` and every other property of the originals.
 */
export function timeValidators(validators, clock) {
  let inside = 0;
  for (const key of Object.keys(validators)) {
    const original = validators[key];
    validators[key] = new Proxy(original, {
      apply(target, thisArg, args) {
        const started = performance.now();
        try {
          return Reflect.apply(target, thisArg, args);
        } finally {
          const ms = performance.now() - started;
          inside += ms;
          clock.add('validate', ms);
        }
      },
    });
  }
  return { spentMs: () => inside };
}
