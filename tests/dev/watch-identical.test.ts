import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allOutputNames, startDev, type DevServer, type RebuildReport } from '@book/dev';
import { bookId } from '../helpers/dist.js';
import { buildAll, digests, root } from '../helpers/pipeline.js';

// Watch mode keeps work of the last build in the process (the cover, figure drawings, chapter XHTML, deflated zip
// entries and PDF streams, the deck's database and font subsets).
// After each kind of save, every output it wrote must be byte-identical to a cold build of the same content in
// fresh processes; each save below changes what one of those caches is keyed on, so a cache that served the last
// build's bytes would show here as a differing file.
const work = mkdtempSync(join(tmpdir(), 'dev-identical-'));
const contentDir = join(work, 'content');
const outDir = join(work, 'dist');
const outputs = allOutputNames(bookId).sort();
const waiters: ((r: RebuildReport) => void)[] = [];
let server: DevServer;

const nextReport = () => new Promise<RebuildReport>((resolve) => waiters.push(resolve));

async function saveAndRebuild(name: string, edit: (text: string) => string): Promise<void> {
  const path = join(contentDir, name);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  expect(after, `the edit of ${name} must change it`).not.toBe(before);
  const rebuilt = nextReport();
  writeFileSync(path, after);
  const report = await rebuilt;
  expect(report.outcome, report.problems).toBe('built');
}

function expectSameAsColdBuild(label: string): void {
  const cold = mkdtempSync(join(work, `cold-${label}-`));
  buildAll(contentDir, cold);
  const pick = (all: Record<string, string>) => Object.fromEntries(outputs.map((name) => [name, all[name]]));
  expect(pick(digests(outDir)), `outputs after ${label}`).toEqual(pick(digests(cold)));
}

beforeAll(async () => {
  cpSync(join(root, 'content'), contentDir, { recursive: true });
  server = await startDev({ contentDir, outDir, onReport: (report) => waiters.shift()?.(report) });
}, 300_000);

afterAll(() => {
  server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('npm run dev writes what a cold build writes', () => {
  it('after a word of a chapter changed (its XHTML entry is deflated anew, the others reused)', async () => {
    await saveAndRebuild('thyroid.md', (text) => text.replace('यह ग्रंथि गले में', 'यह ग्रंथि मनुष्य के गले में'));
    expectSameAsColdBuild('chapter');
  }, 300_000);

  it('after a sentence on a card changed, with a letter (ङ) the book did not have (the deck, its database and every font subset)', async () => {
    await saveAndRebuild('thyroid.md', (text) => text.replace('इसको प्रयोगशालाओं में भी', 'इसको वाङ्मय की प्रयोगशालाओं में भी'));
    expectSameAsColdBuild('card');
  }, 300_000);

  it('after the subtitle changed (the EPUB cover is drawn from the metadata)', async () => {
    await saveAndRebuild('book.yaml', (text) => text.replace(/^subtitle: .*$/m, 'subtitle: मानव शरीर की ग्रंथियाँ'));
    expectSameAsColdBuild('subtitle');
  }, 300_000);

  it('after a figure changed (its PDF drawing)', async () => {
    await saveAndRebuild('figures/thyroid-parathyroid.svg', (text) => text.replace('<rect x="134" y="104" width="32"', '<rect x="134" y="104" width="30"'));
    expectSameAsColdBuild('figure');
  }, 300_000);
});
