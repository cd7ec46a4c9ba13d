import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAnki } from '@book/build-anki';
import { buildEpub } from '@book/build-epub';
import { allOutputNames, builder, startDev, type DevServer, type RebuildReport } from '@book/dev';
import { bookId } from '../helpers/dist.js';

// The watcher rebuilds dist/ after a content file is saved, and leaves it alone when the save breaks the content.
// No timing is asserted: a rebuild that never comes fails by the wait's own limit.
const work = mkdtempSync(join(tmpdir(), 'dev-watch-'));
const contentDir = join(work, 'content');
const outDir = join(work, 'dist');
const reports: RebuildReport[] = [];
const waiters: ((r: RebuildReport) => void)[] = [];
let server: DevServer;

function nextReport(): Promise<RebuildReport> {
  return new Promise((resolve) => waiters.push(resolve));
}

function save(name: string, edit: (text: string) => string) {
  const path = join(contentDir, name);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
}

const names = { book: `${bookId}.json`, ...builder('pdf').outputs(bookId), ...builder('epub').outputs(bookId), ...builder('anki').outputs(bookId) };
const bookJson = () => readFileSync(join(outDir, names.book), 'utf8');

beforeAll(async () => {
  cpSync(join(import.meta.dirname, '..', '..', 'content'), contentDir, { recursive: true });
  server = await startDev({
    contentDir,
    outDir,
    onReport: (report) => {
      reports.push(report);
      waiters.shift()?.(report);
    },
  });
}, 300_000);

afterAll(() => {
  server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('npm run dev', () => {
  it('builds every output once at start', () => {
    expect(server.initial.outcome).toBe('built');
    expect(server.initial.written).toEqual(
      expect.arrayContaining(allOutputNames(bookId)),
    );
  });

  it('writes, from its worker thread, the same EPUB and deck as the builders called here', async () => {
    const book = JSON.parse(bookJson());
    const pageMap = JSON.parse(readFileSync(join(outDir, names.pageMap), 'utf8'));
    expect(Buffer.from(await buildEpub(book)).equals(readFileSync(join(outDir, names.epub)))).toBe(true);
    expect(Buffer.from((await buildAnki(book, pageMap)).apkg).equals(readFileSync(join(outDir, names.apkg)))).toBe(true);
  });

  it('rebuilds the outputs after a chapter is saved', async () => {
    const pdfBefore = readFileSync(join(outDir, names.pdf));
    const rebuilt = nextReport();
    save('thyroid.md', (text) => text.replace('यह ग्रंथि गले में', 'यह ग्रंथि मनुष्य के गले में'));
    const report = await rebuilt;
    expect(report.changed).toEqual(['thyroid.md']);
    expect(report.outcome).toBe('built');
    expect(bookJson()).toContain('यह ग्रंथि मनुष्य के गले में');
    expect(readFileSync(join(outDir, names.pdf)).equals(pdfBefore)).toBe(false);
  }, 120_000);

  it('says nothing of a half-written file that the rest of the save completes (errors are held back)', async () => {
    const path = join(contentDir, 'thyroid.md');
    const whole = readFileSync(path, 'utf8').replace('यह ग्रंथि मनुष्य के गले में', 'यह ग्रंथि हमारे गले में');
    const from = reports.length;
    const rebuilt = nextReport();
    // An editor's save in two writes: the watcher acts on the first (the front matter cut short) before the second.
    writeFileSync(path, whole.slice(0, 40));
    await new Promise((done) => setTimeout(done, 40));
    writeFileSync(path, whole);
    const report = await rebuilt;
    expect(reports.slice(from).map((r) => r.outcome)).toEqual(['built']);
    expect(report.problems).toBeUndefined();
    expect(bookJson()).toContain('यह ग्रंथि हमारे गले में');
  }, 120_000);

  it('keeps the last good build when a save makes the content invalid, and says why', async () => {
    const before = bookJson();
    const reported = nextReport();
    save('pineal.md', (text) => text.replace(/^id: .*\n/m, ''));
    const report = await reported;
    expect(report.outcome).toBe('invalid');
    expect(report.problems).toMatch(/pineal\.md/);
    expect(bookJson()).toBe(before);
  }, 120_000);

  it('survives the content folder being deleted and recreated: says so once, then rebuilds again', async () => {
    const from = reports.length;
    const goneReport = nextReport();
    rmSync(contentDir, { recursive: true, force: true });
    const gone = await goneReport;
    expect(gone.outcome).toBe('invalid');
    expect(gone.problems).toBe(`the content folder ${contentDir} is gone; watching for it to come back`);

    cpSync(join(import.meta.dirname, '..', '..', 'content'), contentDir, { recursive: true });
    // The copy may arrive in several bursts; wait until one of them rebuilds a complete Book.
    for (let report = await nextReport(); report.outcome === 'invalid'; report = await nextReport());
    const rebuilt = nextReport();
    save('thyroid.md', (text) => text.replace('यह ग्रंथि गले में', 'यह ग्रंथि सचमुच गले में'));
    for (let report = await rebuilt; report.outcome !== 'built'; report = await nextReport());
    expect(bookJson()).toContain('यह ग्रंथि सचमुच गले में');

    const since = reports.slice(from);
    expect(since.filter((r) => r.problems?.includes('is gone')), 'reported once').toHaveLength(1);
    expect(since.map((r) => r.problems ?? '').join('\n')).not.toMatch(/\n\s+at /);
  }, 120_000);
});
