import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadBook } from '@book/model';
import { buildEpub } from '@book/build-epub';
import { EPUBCHECK_JAR, hasTool } from '../helpers/tools.js';

// Every XML file the EPUB holds is well-formed by construction, whatever the text: checked with expat (Python's
// conforming XML parser; xmldom accepts `]]>` in text), on a book whose title, chapter title and prose hold
// the characters XML reserves.
const valid = join(import.meta.dirname, '..', 'fixtures', 'valid');
const NASTY = ']]> <x> & "q" \'a\'';

/** Expat's error for each file that is not well-formed XML, by name. */
function notWellFormed(files: Record<string, Uint8Array>): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'epub-xml-'));
  const names = Object.keys(files).filter((name) => /\.(xhtml|opf|ncx|xml)$/.test(name));
  names.forEach((name, i) => writeFileSync(join(dir, String(i)), files[name]!));
  const script = [
    'import sys, json, xml.parsers.expat',
    'errors = {}',
    'for i, name in enumerate(sys.argv[2:]):',
    '    p = xml.parsers.expat.ParserCreate()',
    '    try: p.Parse(open(sys.argv[1] + "/" + str(i), "rb").read(), True)',
    '    except xml.parsers.expat.ExpatError as e: errors[name] = str(e)',
    'print(json.dumps({"checked": len(sys.argv) - 2, "errors": errors}))',
  ].join('\n');
  const result = spawnSync('python3', ['-c', script, dir, ...names], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  const { checked, errors } = JSON.parse(result.stdout) as { checked: number; errors: Record<string, string> };
  expect(checked).toBeGreaterThanOrEqual(6); // container, OPF, NCX, nav, cover, 2 chapters, glossary
  return errors;
}

let built: Uint8Array | undefined;

describe.skipIf(!hasTool('python3', 'python3'))('EPUB XML', () => {
  it('is well-formed when the title, a chapter title and the prose contain ]]>, <, > and &', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-xml-'));
    cpSync(valid, dir, { recursive: true });
    const edit = (name: string, from: RegExp | string, to: string) => {
      const path = join(dir, name);
      writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
    };
    edit('book.yaml', /^title: (.*)$/m, `title: "$1 ${NASTY.replaceAll('"', '\\"')}"`);
    edit('book.yaml', /^author: (.*)$/m, `author: "$1 ]]>"`);
    edit('thyroid.md', /^title: (.*)$/m, `title: "$1 ]]> < &"`);
    edit('thyroid.md', 'नामक हारमोन (T4) बनता है।', `नामक हारमोन (T4) बनता है। ${NASTY}`);
    const { book, files } = loadBook(dir);
    expect(book, files.flatMap((f) => f.messages.map(String)).join('\n')).toBeDefined();
    built = await buildEpub(book!);
    const epub = unzipSync(built);
    expect(notWellFormed(epub)).toEqual({});
    const all = Object.values(epub).map((bytes) => strFromU8(bytes)).join('\n');
    expect(all).toContain(']]&gt; &lt;x&gt; &amp;'); // the text is still there, escaped
  });

  it.skipIf(!(hasTool('java', 'epubcheck') && hasTool(EPUBCHECK_JAR, 'epubcheck')))('that EPUB passes epubcheck without fatal errors or errors', () => {
    expect(built).toBeDefined();
    const path = join(mkdtempSync(join(tmpdir(), 'epub-nasty-')), 'book.epub');
    writeFileSync(path, built!);
    const result = spawnSync('java', ['-jar', EPUBCHECK_JAR, '--quiet', path], { encoding: 'utf8', timeout: 120_000 });
    expect(`${result.stdout}${result.stderr}`.split('\n').filter((line) => /^(FATAL|ERROR)/.test(line))).toEqual([]);
    expect(result.status).toBe(0);
  });

  it('a hand-made Book with a character XML cannot hold fails the build, naming it', async () => {
    const { book } = loadBook(valid);
    const broken = JSON.parse(JSON.stringify(book).replace('अवटुका ग्रंथि', 'अवटुका\\u0001 ग्रंथि'));
    await expect(buildEpub(broken)).rejects.toThrow(/U\+0001 cannot be written in XML/);
  });
});
