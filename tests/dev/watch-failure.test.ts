import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { layoutPdf } from '@book/build-pdf';
import { createRebuilder } from '@book/dev';
import { bookId } from '../helpers/dist.js';
import { digests, root } from '../helpers/pipeline.js';

// A rebuild in watch mode builds the EPUB and the decks in a worker thread while the PDF is laid out. When a builder
// fails (a bug: the content was valid), no output of that rebuild may reach dist/, or it would hold a new EPUB
// beside an old PDF and page map.
const work = mkdtempSync(join(tmpdir(), 'dev-failure-'));
const contentDir = join(work, 'content');
const outDir = join(work, 'dist');
let failing = false;
const rebuild = createRebuilder({
  contentDir,
  outDir,
  layoutPdf: (...args) => {
    if (failing) throw new TypeError('the PDF layout failed (as a test asks)');
    return layoutPdf(...args);
  },
});

afterAll(async () => {
  await rebuild.close();
  rmSync(work, { recursive: true, force: true });
});

describe('npm run dev when a builder fails', () => {
  it('writes nothing of the failed rebuild, and the next one writes every output', async () => {
    cpSync(join(root, 'content'), contentDir, { recursive: true });
    expect((await rebuild()).outcome).toBe('built');
    const before = digests(outDir);

    const chapter = join(contentDir, 'thyroid.md');
    writeFileSync(chapter, readFileSync(chapter, 'utf8').replace('यह ग्रंथि गले में', 'यह ग्रंथि मनुष्य के गले में'));
    failing = true;
    await expect(rebuild(['thyroid.md'])).rejects.toThrow('the PDF layout failed');
    // Give the worker the time it would need to finish the EPUB it had started.
    await new Promise((done) => setTimeout(done, 3000));
    expect(digests(outDir)).toEqual(before);

    failing = false;
    const report = await rebuild(['thyroid.md']);
    expect(report.outcome).toBe('built');
    const after = digests(outDir);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    const changed = Object.keys(after).filter((name) => after[name] !== before[name]);
    // The edited sentence is on no card: the decks stay as they were.
    expect(changed).toEqual(expect.arrayContaining([`${bookId}.json`, `${bookId}.pdf`, `${bookId}.booklet.pdf`, `${bookId}.epub`]));
  }, 300_000);
});
