import fc from 'fast-check';
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './markdown.js';

// parseMarkdown leaves GFM's literal autolinks out when a text cannot hold one: remark-gfm in full is the reference.
const reference = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);

const pieces = [
  'यह **ग्रंथि** गले में है।', 'T4 और *T3*', '~~पुराना~~', '[^1]', '[^1]: टिप्पणी', '- [ ] काम', '- [x] हो गया', '| a | b |',
  '| --- | --- |', ':::editorial', ':::', '::figure{#f src=a.svg}', '[कड़ी](#thyroid)', '<b>', '`code`', ' ', '\n', '\n\n', '# ',
  'www.example.org', 'WWW.Example.org', 'http://example.org', 'HTTPS://example.org/x', 'a@b.co', 'mailto:a@b.co', 'xmpp:a@b.co',
  '&#64;', '&#x77;ww.a.org', '&amp;', 'ww', 'w.', 'htt', '@', 'example.org', 'user', '.co',
];
const markdown = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((parts) => parts.join(''));

describe('parseMarkdown', () => {
  it('gives the tree remark-gfm gives, with or without literal autolinks in the text', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        expect(parseMarkdown(text)).toEqual(reference.runSync(reference.parse(text)) as Root);
      }),
      { numRuns: 500, seed: 20261202 },
    );
  });

  it('still finds a literal autolink', () => {
    const [paragraph] = parseMarkdown('देखें www.example.org या a@b.co').children;
    expect(paragraph?.type === 'paragraph' && paragraph.children.map((node) => node.type)).toEqual(['text', 'link', 'text', 'link']);
  });
});
