// How much of a book's text a PDF gives back when copied: the share of words found again in reading order.
// Shared by tests/pdf (our PDF must give back all of it) and `npm run bench` (ours beside the peers').
const text = (runs) => runs.map((r) => r.text).join('');

/** All chapter prose of a Book in reading order: headings, paragraph sentences, list items (tables are not prose). */
export function proseText(book) {
  const parts = [];
  for (const chapter of book.chapters) {
    parts.push(chapter.title);
    for (const block of chapter.blocks) {
      if (block.type === 'heading') parts.push(text(block.runs));
      else if (block.type === 'paragraph') parts.push(...block.sentences.map((s) => text(s.runs)));
      else if (block.type === 'list') parts.push(...block.items.map((i) => text(i.runs)));
    }
  }
  return parts.join('\n');
}

export function tokens(text) {
  return text.normalize('NFC').split(/\s+/u).filter(Boolean);
}

/**
 * Share of expected tokens found, in order, in the extracted tokens (longest common subsequence, so anything
 * extra such as running headers costs nothing, but a token that comes back mangled, split or merged is lost).
 */
export function inOrderRecovery(expected, got) {
  // Hunt–Szymanski style LCS over token ids: O((r + n) log n) where r is the number of matching pairs.
  const positions = new Map();
  got.forEach((t, i) => {
    const list = positions.get(t);
    if (list) list.push(i);
    else positions.set(t, [i]);
  });
  const tails = [];
  const tailExp = [];
  const prev = [];
  for (let e = 0; e < expected.length; e++) {
    const list = positions.get(expected[e]);
    if (!list) continue;
    for (let k = list.length - 1; k >= 0; k--) {
      const g = list[k];
      let lo = 0;
      let hi = tails.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (tails[mid] < g) lo = mid + 1;
        else hi = mid;
      }
      tails[lo] = g;
      tailExp[lo] = e;
      prev[e] = lo > 0 ? tailExp[lo - 1] : -1;
    }
  }
  // For the message only: a greedy walk naming tokens that did not come back nearby.
  const missing = [];
  let at = 0;
  for (const token of expected) {
    const hit = got.indexOf(token, at);
    if (hit >= 0 && hit - at < 400) at = hit + 1;
    else missing.push(token);
  }
  return { found: tails.length, total: expected.length, ratio: expected.length ? tails.length / expected.length : 1, missing };
}

