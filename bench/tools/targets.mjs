// The targets of issue 7, computed from the medians: linear growth, memory, and the ratios against the peers.
import { ratio } from './stats.mjs';

const GB_KB = 1024 * 1024;

export function evaluate(bySize) {
  const sizes = Object.keys(bySize).map(Number).sort((a, b) => a - b);
  const at = (size, name, field = 'wallMs') => bySize[size]?.cases[name]?.[field];
  const chain = (size, name) => sum(at(size, 'model'), at(size, name));
  const smallest = sizes[0];
  const largest = sizes[sizes.length - 1];
  const previous = sizes[sizes.length - 2];
  const targets = [];
  if (previous !== undefined) {
    for (const name of ['all', 'model', 'pdf', 'epub', 'anki']) {
      const growth = ratio(at(largest, name), at(previous, name));
      const sizeStep = largest / previous;
      targets.push({
        target: `time(${largest}×)/time(${previous}×) ≤ ${1.1 * sizeStep}, ${name}`,
        value: growth,
        met: growth !== undefined && growth <= 1.1 * sizeStep,
      });
    }
    // CPU time is less at the mercy of other load on the machine than wall time, which can differ between sizes.
    const cpuGrowth = ratio(at(largest, 'all', 'cpuMs'), at(previous, 'all', 'cpuMs'));
    targets.push({
      target: `CPU time(${largest}×)/CPU time(${previous}×) ≤ ${1.1 * (largest / previous)}, all`,
      value: cpuGrowth,
      met: cpuGrowth !== undefined && cpuGrowth <= 1.1 * (largest / previous),
    });
  }
  const peak = Math.max(...['all', 'model', 'pdf', 'epub', 'anki'].map((n) => at(largest, n, 'maxRssKB') ?? 0));
  targets.push({ target: `peak memory at ${largest}× < 1 GB (largest of our processes)`, value: `${Math.round(peak / 1024)} MB`, met: peak < GB_KB });
  const epub = ratio(chain(largest, 'epub'), at(largest, 'pandocEpub'));
  targets.push({ target: `${largest}×: our EPUB (model + epub builds) / pandoc EPUB < 1`, value: epub, met: epub !== undefined && epub < 1 });
  const epubAlone = ratio(at(largest, 'epub'), at(largest, 'pandocEpub'));
  targets.push({ target: `${largest}×: epub build alone, from the Book JSON / pandoc EPUB < 1`, value: epubAlone, met: epubAlone !== undefined && epubAlone < 1 });
  const pdf = ratio(chain(largest, 'pdf'), at(largest, 'chromiumPdf'));
  targets.push({ target: `${largest}×: our PDF (model + pdf builds) / Chromium print-to-PDF < 1`, value: pdf, met: pdf !== undefined && pdf < 1 });
  const pdfAlone = ratio(at(largest, 'pdf'), at(largest, 'chromiumPdf'));
  targets.push({ target: `${largest}×: pdf build alone, from the Book JSON / Chromium < 1`, value: pdfAlone, met: pdfAlone !== undefined && pdfAlone < 1 });
  const small = ratio(at(smallest, 'all'), at(smallest, 'pandocEpub'));
  targets.push({ target: `${smallest}×: all outputs (one process) / pandoc EPUB ≤ 3`, value: small, met: small !== undefined && small <= 3 });
  return targets;
}

function sum(a, b) {
  return a === undefined || b === undefined ? undefined : a + b;
}
