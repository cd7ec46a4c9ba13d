import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPdf } from '@book/build-pdf';
import { fixtureBook } from '../fixtures/book.js';

const cli = new URL('../../packages/build-pdf/lib/cli.js', import.meta.url).pathname;
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

describe.skipIf(!existsSync(cli))('build-pdf CLI (compiled lib/cli.js)', () => {
  it('writes the PDF, the booklet and the page map, one line each', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pdf-cli-'));
    const book = join(dir, 'book.json');
    writeFileSync(book, JSON.stringify(fixtureBook));
    const result = run('--book', book, '--out', join(dir, 'out'));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(3);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['endocrine-system.booklet.pdf', 'endocrine-system.pagemap.json', 'endocrine-system.pdf']);
  });

  it('explains a missing Book on stderr and exits non-zero, without a stack trace', () => {
    const result = run('--book', '/nonexistent/book.json', '--out', tmpdir());
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/book\.json/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects unknown options with usage', () => {
    const result = run('--bogus', 'x');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--book/);
  });
});

describe('text the font cannot draw', () => {
  it('stops the build naming the text instead of printing .notdef boxes', () => {
    const book = structuredClone(fixtureBook);
    const p = book.chapters[0]!.blocks[0]!;
    if (p.type !== 'paragraph') throw new Error('fixture changed');
    p.sentences[0]!.runs = [{ text: 'हिम ☃ मानव' }];
    expect(() => buildPdf(book)).toThrow(/no glyph for "☃"/);
  });
});
