import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/pipeline.js';

const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

/** TypeScript files git tracks whose path matches `pattern`. */
function tracked(pattern: RegExp): string[] {
  return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter((path) => pattern.test(path) && !path.endsWith('.d.ts'));
}

describe('npm run typecheck', () => {
  it('type-checks every test file: package *.test.ts, package test/ helpers and everything under tests/', () => {
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.typecheck).toContain('tsc -p tsconfig.tests.json');
    const checked = new Set(
      execFileSync(process.execPath, [tsc, '-p', 'tsconfig.tests.json', '--listFilesOnly'], { cwd: root, encoding: 'utf8' })
        .split('\n')
        .map((path) => path.replace(`${root}/`, '')),
    );
    const tests = tracked(/^(packages\/[^/]+\/(src\/.*\.test\.ts|test\/.*\.ts)|tests\/.*\.ts)$/);
    expect(tests.length).toBeGreaterThan(70);
    expect(tests.filter((path) => !checked.has(path))).toEqual([]);
  });
});
