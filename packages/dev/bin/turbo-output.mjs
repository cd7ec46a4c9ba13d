// What an author sees of a turbo run: the messages of the commands turbo ran (content errors, the builders' one
// line per output), not turbo's own header and footer, not npm's banner of each workspace script, not npm's seven
// "npm error" lines about a script that failed, and not logs replayed from the cache.

/** turbo run flags that leave only new output, one task's lines together, each line prefixed with its task. */
export const TURBO_OUTPUT_FLAGS = ['--output-logs=new-only', '--log-order=grouped', '--log-prefix=task'];

const TASK_LINE = /^(@[\w.-]+\/[\w.-]+|[\w.-]+):([\w:-]+): ?(.*)$/;
const TURBO_NOISE = [
  /^\s*•\s/, // header: version, packages in scope, remote caching
  /^\s*(Tasks|Cached|Time|Failed):\s/, // footer
  /^\s*>>> FULL TURBO/,
  /^\s*ERROR\s+run failed:/,
  /^[^\s]+#[^\s]+:\s+ERROR\s+command \(/, // "@book/model#validate:  ERROR  command (…) npm run validate exited (1)"
  /^\s*WARNING\s+artifact signature error/, // the wrapper explains a missing signing key itself
];
const TASK_NOISE = [
  /^cache (hit|miss|bypass)[, ]/, // "cache miss, executing <hash>", "cache hit, suppressing logs <hash>"
  /^npm (error|ERR!|warn|notice)\b/,
  /^> /, // npm's banner: "> @book/model@0.0.0 validate" and "> node lib/cli/validate.js …"
];

/**
 * A filter for turbo's output lines: returns the line the author should see (the task prefix removed), or
 * undefined to drop it. A blank line is kept only between two shown lines, never two in a row.
 */
export function authorView() {
  let shownAny = false;
  let blankPending = false;
  return (line) => {
    const plain = line.replace(/\x1b\[[0-9;]*m/g, '').trimEnd();
    const task = TASK_LINE.exec(plain);
    let shown;
    if (task && !TURBO_NOISE.some((re) => re.test(plain))) {
      const text = task[3];
      shown = TASK_NOISE.some((re) => re.test(text)) ? undefined : text;
    } else {
      shown = TURBO_NOISE.some((re) => re.test(plain)) ? undefined : plain;
    }
    if (shown === undefined) return undefined;
    if (shown.trim() === '') {
      blankPending = shownAny;
      return undefined;
    }
    const out = blankPending ? `\n${shown}` : shown;
    shownAny = true;
    blankPending = false;
    return out;
  };
}

/** turbo's footer, read before it is dropped: "Tasks: 3 successful, 7 total", "Cached: …", "Failed: @book/model#validate". */
export function footerReader() {
  const footer = {};
  return {
    read(line) {
      const match = /^\s*(Tasks|Cached|Time|Failed):\s+(.*?)\s*$/.exec(line.replace(/\x1b\[[0-9;]*m/g, ''));
      if (match) footer[match[1]] = match[2].replace(/\s*>>> FULL TURBO$/, '');
    },
    /** One line saying how the run ended, e.g. "✖ validate stopped: @book/model#validate failed". */
    summary(task, status) {
      if (status !== 0) return `✖ ${task} stopped: ${footer.Failed ?? 'turbo failed'} failed`;
      const cached = /^(\d+) cached/.exec(footer.Cached ?? '')?.[1];
      return `✔ ${task}: ${footer.Tasks ?? 'done'}${cached ? ` (${cached} from the cache)` : ''}${footer.Time ? ` in ${footer.Time}` : ''}`;
    },
  };
}
