let keeping = false;

/**
 * Whether a build keeps what it made (each paragraph's words, each deflated stream) for the next build in this
 * process. Watch mode turns it on: the next save reuses most of it. Off by default: a command that builds once
 * would only pay for it, in memory held to the end (at 100× ~250 MB more at the peak) and in hashing every stream.
 * Outputs are the same bytes either way.
 */
export function keepBetweenBuilds(on = true): void {
  keeping = on;
}

export function keepingBetweenBuilds(): boolean {
  return keeping;
}
