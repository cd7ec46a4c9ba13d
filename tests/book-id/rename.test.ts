import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allOutputNames } from '@book/dev/builders';
import { hasTool } from '../helpers/tools.js';
import { cloneWithModules, repoRoot, workFolder } from '../remote-cache/clone.js';
import { buildEnv, lastRunTasks, runBuild } from '../remote-cache/turbo-run.js';

// Renaming the book in content/book.yaml is the only change needed: `npm run build` writes every output under the
// new id with the new title, the old book's files go, and after `rm -rf dist` turbo's cache gives back the new book,
// never the old one. A clone of the committed tree with the small valid fixture as its content keeps this quick.
const OLD = 'endocrine-system';
const NEW = 'hormones-book';
const NEW_TITLE = 'हार्मोन पुस्तिका';

describe.skipIf(!hasTool('git', 'git'))('renaming the book id in book.yaml', () => {
  let work: string;
  let clone: string;
  const dist = () => join(clone, 'dist');
  const build = () => {
    const result = runBuild(clone, buildEnv({}), ['--summarize']);
    expect(result.status, result.output).toBe(0);
    return lastRunTasks(clone);
  };

  beforeAll(() => {
    work = workFolder('book-rename-');
    clone = cloneWithModules(repoRoot, join(work, 'repo'));
    rmSync(join(clone, 'content'), { recursive: true });
    cpSync(join(repoRoot, 'tests', 'fixtures', 'valid'), join(clone, 'content'), { recursive: true });
    build();
    expect(readdirSync(dist()).sort()).toEqual(allOutputNames(OLD).sort());
    const yaml = join(clone, 'content', 'book.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(`id: ${OLD}`, `id: ${NEW}`).replace(/^title: .*$/m, `title: ${NEW_TITLE}`));
    build();
  }, 600_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('writes every output under the new id and removes the old book\'s files', () => {
    expect(readdirSync(dist()).sort()).toEqual(allOutputNames(NEW).sort());
  });

  it('builds each output from the renamed Book: the new title is in the EPUB and the deck', () => {
    expect(JSON.parse(readFileSync(join(dist(), `${NEW}.json`), 'utf8')).meta.title).toBe(NEW_TITLE);
    const epub = unzipSync(readFileSync(join(dist(), `${NEW}.epub`)));
    const opf = Object.entries(epub).find(([name]) => name.endsWith('.opf'));
    expect(strFromU8(opf![1])).toContain(`>${NEW_TITLE}</dc:title>`);
    const apkg = unzipSync(readFileSync(join(dist(), `${NEW}.apkg`)));
    expect(Buffer.from(apkg['collection.anki2']!).includes(Buffer.from(NEW_TITLE))).toBe(true);
    expect(readFileSync(join(dist(), `${NEW}.pagemap.json`), 'utf8')).toContain(`"${NEW}.pdf"`);
  });

  it('after rm -rf dist, the cache gives back the renamed book and nothing of the old one', () => {
    const before = Object.fromEntries(allOutputNames(NEW).map((name) => [name, readFileSync(join(dist(), name))]));
    rmSync(dist(), { recursive: true });
    const tasks = build();
    expect(tasks.filter((t) => t.taskId.endsWith('#build') && t.cache.status !== 'HIT').map((t) => t.taskId)).toEqual([]);
    expect(readdirSync(dist()).sort()).toEqual(allOutputNames(NEW).sort());
    for (const [name, bytes] of Object.entries(before)) expect(readFileSync(join(dist(), name)).equals(bytes), name).toBe(true);
  });
});
