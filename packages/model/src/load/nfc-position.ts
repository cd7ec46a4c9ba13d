/**
 * Whether normalization can never reach across this code point: it has combining class 0, is NFC on its own, and
 * composes with nothing before it. True for everything below U+0300 (ASCII, Latin-1, Latin Extended) and for the
 * Devanagari independent vowels, consonants and digits, which is what a Hindi line is mostly made of. A nukta form
 * such as U+0929 is excluded: it is not NFC on its own.
 */
function isStableStarter(code: number): boolean {
  if (code < 0x300) return true;
  if (code >= 0x0904 && code <= 0x0939) return code !== 0x0929 && code !== 0x0931 && code !== 0x0934;
  return code >= 0x0966 && code <= 0x096f;
}

/** Prefix ends up to which a segment scans one by one; longer segments (no stable starter at all) use bisection. */
const SCAN_LIMIT = 64;

/**
 * Offset of the first character whose line prefix stops being NFC: where the author should look. Linear in the
 * text: normalization never crosses a stable starter, so each run between two of them is normalized once on its
 * own, and only a run that is not NFC is searched for the exact position.
 */
export function firstNonNfc(text: string): number {
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i < text.length && !isStableStarter(text.charCodeAt(i))) continue;
    const segment = text.slice(start, i);
    if (segment !== segment.normalize('NFC')) return start + firstNonNfcInSegment(segment);
    start = i;
  }
  return 0;
}

/** The first prefix end of a non-NFC segment at which the prefix is not NFC (minus one: the offending character). */
function firstNonNfcInSegment(segment: string): number {
  const isNfc = (end: number) => {
    const prefix = segment.slice(0, end);
    return prefix === prefix.normalize('NFC');
  };
  if (segment.length <= SCAN_LIMIT) {
    for (let end = 1; end <= segment.length; end++) if (!isNfc(end)) return end - 1;
    return 0;
  }
  let good = 0;
  let bad = segment.length;
  while (bad - good > 1) {
    const mid = (good + bad) >> 1;
    if (isNfc(mid)) good = mid;
    else bad = mid;
  }
  return bad - 1;
}
