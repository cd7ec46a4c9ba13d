import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { location } from 'vfile-location';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from './frontmatter.js';
import { parseMarkdownFrom } from './markdown.js';

// The loader splits the frontmatter off itself and parses the body alone; remark-frontmatter, parsing the whole
// file, is the reference: same YAML text, same body tree with the same positions.
const reference = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkDirective);

function byReference(text: string): { yaml: string; body: Root } | undefined {
  const tree = reference.runSync(reference.parse(text)) as Root;
  const [first, ...rest] = tree.children;
  if (first?.type !== 'yaml') return undefined;
  return { yaml: first.value, body: { ...tree, children: rest } };
}

function bySplit(text: string): { yaml: string; body: Root } | undefined {
  const split = splitFrontmatter(text);
  if (!split) return undefined;
  const { line, column } = location(new VFile(text)).toPoint(split.bodyOffset)!;
  expect(text.slice(split.yamlOffset, split.yamlOffset + split.yaml.length)).toBe(split.yaml);
  return { yaml: split.yaml, body: parseMarkdownFrom(text, { line, column, offset: split.bodyOffset }) };
}

const lines = [
  '---', '--- ', '---\t', '----', ' ---', '-- -', '***', '', ' ', 'id: thyroid', 'title: अवटुका ग्रंथि',
  'glands: [{ id: a }]', '  - id: b', '# शीर्षक', '## थाइरॉक्सीन', 'यह **ग्रंथि** गले में है।', '- सूची', '1. एक',
  '| a | b |', '| --- | --- |', ':::editorial', ':::', '> उद्धरण', '    code', '```', 'foo', '===', '[x]: https://example.org',
];
const lineEnding = fc.constantFrom('\n', '\r\n', '\r');
const document = fc
  .tuple(fc.array(fc.tuple(fc.constantFrom(...lines), lineEnding), { maxLength: 14 }), fc.constantFrom(...lines), fc.boolean())
  .map(([pairs, last, opensWithFence]) => (opensWithFence ? '---\n' : '') + pairs.map(([line, eol]) => line + eol).join('') + last);

describe('splitFrontmatter + parseMarkdownFrom', () => {
  it('agree with remark-frontmatter on generated documents', () => {
    fc.assert(
      fc.property(document, (text) => {
        expect(bySplit(text)).toEqual(byReference(text));
      }),
      { numRuns: 2000, seed: 20261128 },
    );
  });

  it('agree with remark-frontmatter on every chapter of the book and of the test fixtures', () => {
    const root = join(import.meta.dirname, '..', '..', '..', '..');
    const files = [join(root, 'content'), ...readdirSync(join(root, 'tests', 'fixtures'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(d.parentPath, d.name))]
      .flatMap((dir) => readdirSync(dir).filter((name) => name.endsWith('.md')).map((name) => join(dir, name)));
    expect(files.length).toBeGreaterThan(9);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      // readSource rejects a file that starts with a BOM before it is parsed (tests/fixtures/invalid-bom).
      if (text.startsWith('\uFEFF')) continue;
      expect(bySplit(text), file).toEqual(byReference(text));
    }
  });

  it('finds empty frontmatter, and none without a closing fence', () => {
    expect(splitFrontmatter('---\n---\nबाकी')).toEqual({ yaml: '', yamlOffset: 4, bodyOffset: 8 });
    expect(splitFrontmatter('---\r\nid: a\r\n---')).toEqual({ yaml: 'id: a', yamlOffset: 5, bodyOffset: 15 });
    expect(splitFrontmatter('---\nid: a\n')).toBeUndefined();
    expect(splitFrontmatter('text\n---\nid: a\n---\n')).toBeUndefined();
  });
});
