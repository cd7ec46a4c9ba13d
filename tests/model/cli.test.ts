import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const cli = (name: string) => join(root, 'packages', 'model', 'lib', 'cli', `${name}.js`);
const run = (name: string, args: string[]) =>
  spawnSync(process.execPath, [cli(name), ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });

describe('model command line', () => {
  it('reports every problem with file:line:column and rule id, exits 1, and leaves dist/ exactly as it was', () => {
    const out = mkdtempSync(join(tmpdir(), 'dist-'));
    writeFileSync(join(out, 'endocrine-system.json'), 'previous good build');
    const result = run('build', ['--content', join(root, 'tests/fixtures/invalid-many-problems'), '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/book\.yaml\n\s*20:5\s+error\s+Chapter file adrenal\.md does not exist.*file-missing/);
    expect(result.stderr).toMatch(/overview\.md\n\s*13:1-13:22\s+error.*heading-depth/);
    expect(result.stderr).toMatch(/thyroid\.md\n\s*25:13\s+error.*reference-unknown/);
    expect(result.stderr).toMatch(/3 errors/);
    expect(result.stderr).not.toMatch(/\n\s+at .*\.js:\d+/); // no stack trace
    expect(readdirSync(out)).toEqual(['endocrine-system.json']);
    expect(readFileSync(join(out, 'endocrine-system.json'), 'utf8')).toBe('previous good build');
  });

  it('writes the Book and prints one line saying what it holds', () => {
    const out = mkdtempSync(join(tmpdir(), 'dist-'));
    const result = run('build', ['--content', join(root, 'tests/fixtures/valid'), '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/endocrine-system\.json\s+[\d.]+ kB\s+Book: 2 chapters, 4 sentences, 5 glossary entries\s+\d+ ms\n$/);
    expect(readdirSync(out).sort()).toEqual(['book-id.txt', 'endocrine-system.json']);
  });

  it('validate checks content only and writes nothing', () => {
    const result = run('validate', ['--content', join(root, 'content')]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/content is valid: 9 chapters, 10 glands, \d+ hormones, \d+ disorders/);
  });

  it('an unknown option is a usage error, not a crash', () => {
    const result = run('build', ['--contnet', 'x']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Unknown option '--contnet'/);
    expect(result.stderr).toMatch(/Options: --content <value> --out <value>/);
  });
});
