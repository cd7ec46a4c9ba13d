import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasTool } from '../helpers/tools.js';
import { elements, subject, xml } from './helpers/subject.js';

const epub = await subject();
// calibre renders with Qt WebEngine: headless, and as root its Chromium needs --no-sandbox.
const env = { ...process.env, QT_QPA_PLATFORM: 'offscreen', QTWEBENGINE_CHROMIUM_FLAGS: '--no-sandbox' };

/** calibre's own "Check book" (the editor's checks), run headless: one line per problem, "<Kind>\t<message>". */
const CHECK = `
import sys
from calibre.ebooks.oeb.polish.container import get_container
from calibre.ebooks.oeb.polish.check.main import run_checks
for e in run_checks(get_container(sys.argv[-1], tweak_mode=True)):
    print(type(e).__name__ + '\\t' + str(e.msg))
`;

describe.skipIf(!hasTool('ebook-meta', 'calibre'))(`calibre on the ${epub.source} EPUB`, () => {
  it('ebook-meta finds the declared cover image (not a rendering of the first page)', () => {
    const opf = xml(epub, 'OEBPS/content.opf');
    const item = elements(opf, 'item').find((i) => (i.getAttribute('properties') ?? '').split(' ').includes('cover-image'));
    expect(item, 'the OPF declares no cover-image item').toBeDefined();
    const out = join(mkdtempSync(join(tmpdir(), 'ebook-meta-')), 'cover');
    const said = execFileSync('ebook-meta', [epub.path, `--get-cover=${out}`], { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'] });
    expect(said).toContain('Cover saved');
    const declared = epub.files.get(posix.join('OEBPS', item!.getAttribute('href')!));
    expect(Buffer.from(readFileSync(out)).equals(Buffer.from(declared!)), 'calibre took another image than the declared cover').toBe(true);
  });

  it.skipIf(!hasTool('calibre-debug', 'calibre'))("calibre's Check book reports no invalid id", () => {
    const script = join(mkdtempSync(join(tmpdir(), 'calibre-check-')), 'check.py');
    writeFileSync(script, CHECK);
    const report = execFileSync('calibre-debug', [script, epub.path], { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'ignore'], timeout: 180_000 });
    const problems = report.split('\n').filter((line) => /^\w+\t/.test(line));
    const invalidIds = problems.filter((line) => line.startsWith('InvalidId'));
    console.log(`calibre check: ${problems.length} problems, ${invalidIds.length} invalid ids`);
    expect(invalidIds).toEqual([]);
  });
});
