import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builders as builderList, modelOutputs } from '@book/dev/builders';
import { bookId } from './helpers/dist.js';

const root = join(import.meta.dirname, '..');

interface DryTask {
  taskId: string;
  command: string;
  dependencies: string[];
  outputs: string[] | null;
  /** Outputs as declared, exclusions (`!…`) included. */
  resolvedTaskDefinition: { outputs: string[] };
  inputs: Record<string, string>;
  cache: { status: 'HIT' | 'MISS' };
}

let tasks: Map<string, DryTask>;

beforeAll(() => {
  const json = execFileSync(join(root, 'node_modules', '.bin', 'turbo'), ['run', 'build', '--dry=json'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
  });
  tasks = new Map((JSON.parse(json).tasks as DryTask[]).map((task) => [task.taskId, task]));
});

const builders = builderList.map((b) => b.package);

describe('turbo task graph', () => {
  it('builds the model first, then every builder after it', () => {
    expect(tasks.get('@book/model#build')?.dependencies).toContain('@book/model#compile');
    for (const builder of builders) {
      expect(tasks.get(`${builder}#build`)?.dependencies, builder).toContain('@book/model#build');
      expect(tasks.get(`${builder}#build`)?.dependencies, builder).toContain(`${builder}#compile`);
    }
  });

  it('runs the Anki build after the PDF build (it cites the page map), and builders never wait on each other otherwise', () => {
    expect(tasks.get('@book/build-anki#build')?.dependencies).toContain('@book/build-pdf#build');
    expect(tasks.get('@book/build-pdf#build')?.dependencies.some((d) => d.includes('build-epub') || d.includes('build-anki'))).toBe(false);
    expect(tasks.get('@book/build-epub#build')?.dependencies.some((d) => d.includes('build-pdf') || d.includes('build-anki'))).toBe(false);
  });

  it('runs exactly the builders of the one list (packages/dev/src/builders.ts) after the model', () => {
    const built = [...tasks.keys()].filter((id) => id.endsWith('#build') && id.startsWith('@book/build-')).map((id) => id.slice(0, -'#build'.length));
    expect(built.sort()).toEqual([...builders].sort());
  });

  it('declares every file each build writes into dist/, whatever the book id, and no other task\'s files', () => {
    const globs = (task: string) => tasks.get(task)?.resolvedTaskDefinition.outputs ?? [];
    // turbo's outputs: `*` matches within one path segment; a leading `!` excludes.
    const matches = (task: string, name: string) => {
      const hit = (glob: string) => new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`).test(`../../dist/${name}`);
      const list = globs(task);
      return list.filter((g) => !g.startsWith('!')).some(hit) && !list.filter((g) => g.startsWith('!')).some((g) => hit(g.slice(1)));
    };
    const written: [string, string[]][] = [
      ['@book/model#build', Object.values(modelOutputs('any-book-2'))],
      ...builderList.map((b): [string, string[]] => [`${b.package}#build`, Object.values(b.outputs('any-book-2'))]),
    ];
    for (const [task, names] of written) {
      for (const name of names) {
        expect(matches(task, name), `${task} declares ${name}`).toBe(true);
        for (const [other] of written.filter(([t]) => t !== task)) expect(matches(other, name), `${other} must not declare ${name}`).toBe(false);
      }
    }
    for (const [task] of written) expect(globs(task).some((g) => g.includes(bookId)), `${task} names the book id`).toBe(false);
  });

  it('hashes content/ into the model build (so an edit reruns it and, through it, every builder) but not into compile tasks', () => {
    const inputs = (id: string) => Object.keys(tasks.get(id)?.inputs ?? {});
    expect(inputs('@book/model#build')).toEqual(expect.arrayContaining(['../../content/book.yaml', '../../content/thyroid.md']));
    expect(inputs('@book/model#compile').some((file) => file.includes('content/'))).toBe(false);
  });

  it('never hashes a file another task writes (dist/, lib/): it would not exist yet when turbo hashes a fresh clone', () => {
    for (const [id, task] of tasks) {
      const generated = Object.keys(task.inputs).filter((file) => file.includes('dist/') || file.startsWith('lib/'));
      expect(generated, id).toEqual([]);
    }
  });

  it("hashes a builder's own sources into its tasks and no other builder's", () => {
    const inputs = (id: string) => Object.keys(tasks.get(id)?.inputs ?? {});
    for (const builder of builders) {
      const own = inputs(`${builder}#compile`);
      expect(own.some((file) => file.startsWith('src/')), builder).toBe(true);
      expect(own.some((file) => file.includes('packages/')), builder).toBe(false);
    }
  });

  it('after `npm run build` (npm test runs it first) every build task is a cache hit', () => {
    const misses = [...tasks.values()]
      .filter((task) => task.command !== '<NONEXISTENT>' && task.cache.status !== 'HIT') // packages without that script
      .map((task) => task.taskId);
    expect(tasks.size).toBeGreaterThanOrEqual(10);
    expect(misses).toEqual([]);
  });
});
