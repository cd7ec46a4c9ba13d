// Reads a V8 .cpuprofile (node --cpu-prof) and sums self time per function and per package, and total time
// (self + callees) per function, so a report can say which function or step the time goes to.
import { readFileSync } from 'node:fs';

export function summarizeProfile(path, { top = 25 } = {}) {
  const profile = JSON.parse(readFileSync(path, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map();
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (deltas[i] ?? 0)));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

  const label = (n) => `${n.callFrame.functionName || '(anonymous)'} ${where(n.callFrame)}`;
  const selfByFn = new Map();
  const totalByFn = new Map();
  const byPackage = new Map();
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    add(selfByFn, label(node), us);
    add(byPackage, packageOf(node.callFrame.url), us);
    // Total: count the sample once for every distinct function on its stack.
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const key = label(byId.get(cur));
      if (!seen.has(key)) {
        seen.add(key);
        add(totalByFn, key, us);
      }
    }
  }
  const totalUs = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const list = (map) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, us]) => ({ name, ms: Math.round(us / 1000), share: Math.round((us / totalUs) * 1000) / 10 }));
  return { totalMs: Math.round(totalUs / 1000), self: list(selfByFn), total: list(totalByFn), packages: list(byPackage) };
}

function add(map, key, us) {
  map.set(key, (map.get(key) ?? 0) + us);
}

function where(frame) {
  if (!frame.url) return '';
  const file = frame.url.replace(/^file:\/\//, '').replace(/^.*?\/(packages|node_modules)\//, '$1/');
  return `${file}:${frame.lineNumber + 1}`;
}

function packageOf(url) {
  if (!url) return '(native / gc / idle)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url) ?? /packages\/([^/]+)/.exec(url);
  if (m) return m[1];
  if (url.startsWith('node:')) return 'node core';
  return url;
}
