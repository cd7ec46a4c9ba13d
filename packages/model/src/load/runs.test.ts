import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parseMarkdown } from './markdown.js';
import { toRuns } from './runs.js';
import type { Paragraph } from 'mdast';

const runsOf = (markdown: string) => {
  const file = new VFile({ path: 'x.md', value: markdown });
  const paragraph = parseMarkdown(markdown).children[0] as Paragraph;
  return { runs: toRuns(file, paragraph.children), messages: file.messages.map((m) => m.ruleId) };
};

describe('toRuns', () => {
  it('flattens nested marks and merges neighbours with the same marks', () => {
    expect(runsOf('क **ख *ग*** घ').runs).toEqual([
      { text: 'क ' },
      { text: 'ख ', strong: true },
      { text: 'ग', strong: true, emphasis: true },
      { text: ' घ' },
    ]);
  });

  it('tags Latin-script stretches as English', () => {
    expect(runsOf('हार्मोन (Thyroid-stimulating hormone, TSH) बनता है').runs).toEqual([
      { text: 'हार्मोन (' },
      { text: 'Thyroid-stimulating hormone, TSH', lang: 'en' },
      { text: ') बनता है' },
    ]);
  });

  it('keeps raw HTML as plain text and warns', () => {
    const { runs, messages } = runsOf('क <script>alert(1)</script> ख');
    expect(runs.map((r) => r.text).join('')).toBe('क <script>alert(1)</script> ख');
    expect(messages).toEqual(['html-raw', 'html-raw']);
  });

  it('rejects links that leave the book', () => {
    expect(runsOf('[क](https://example.invalid/x)').messages).toEqual(['link-target']);
    expect(runsOf('[क](../x.md)').messages).toEqual(['link-target']);
    expect(runsOf('[क](#thyroxine)').messages).toEqual([]);
  });
});

describe('inline directives', () => {
  it('keeps `word:word` as the text it is (the book defines no inline directives)', () => {
    const { runs, messages } = runsOf('क display:none ख');
    expect(runs.map((r) => r.text).join('')).toBe('क display:none ख');
    expect(messages).toEqual([]);
  });
});
