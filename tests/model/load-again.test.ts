import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBook } from '@book/model';

// loadBook keeps book.yaml and errata.yaml as it parsed them for the next load in the same process (watch mode),
// by file name and text: an edit must be parsed again, and a kept file must report its problems again.
const content = join(import.meta.dirname, '..', '..', 'content');

function copyOfContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'load-again-'));
  cpSync(content, dir, { recursive: true });
  return dir;
}

const edit = (path: string, rewrite: (text: string) => string) => writeFileSync(path, rewrite(readFileSync(path, 'utf8')));

describe('book.yaml and errata.yaml loaded again in the same process', () => {
  it('show their edits after a save, and the old text after an undo', () => {
    const dir = copyOfContent();
    const bookYaml = join(dir, 'book.yaml');
    const errata = join(dir, 'errata.yaml');
    const [bookText, errataText] = [readFileSync(bookYaml, 'utf8'), readFileSync(errata, 'utf8')];
    const first = loadBook(dir).book!;
    edit(bookYaml, (text) => text.replace(/^subtitle: .*$/m, 'subtitle: मानव शरीर की ग्रंथियाँ'));
    edit(errata, (text) => text.replace('reason: Typo, यो for तो', 'reason: A typo, यो for तो'));
    const edited = loadBook(dir).book!;
    expect(edited.meta.subtitle).toBe('मानव शरीर की ग्रंथियाँ');
    expect(edited.errata.map((e) => e.reason)).toContain('A typo, यो for तो (यदि … तो).');
    writeFileSync(bookYaml, bookText);
    writeFileSync(errata, errataText);
    const undone = loadBook(dir).book!;
    expect(undone.meta).toEqual(first.meta);
    expect(undone.errata).toEqual(first.errata);
  });

  it('report their problems on every load, not only the first', () => {
    const dir = copyOfContent();
    edit(join(dir, 'errata.yaml'), (text) => `${text}\n- original: "x\n`);
    const problems = () => loadBook(dir).files.flatMap((f) => f.messages.filter((m) => m.fatal).map((m) => `${f.path} ${m.ruleId}`));
    const first = problems();
    expect(first).toContain('errata.yaml yaml-syntax');
    expect(problems()).toEqual(first);
  });
});
