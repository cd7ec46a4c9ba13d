import { reporter } from 'vfile-reporter';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { messagesReport } from './run.js';

describe('messagesReport', () => {
  it('is what vfile-reporter prints, quiet, and empty when no file has a message', async () => {
    const clean = new VFile({ path: 'a.md', value: 'क' });
    const warned = new VFile({ path: 'b.md', value: 'ख' });
    warned.message('Raw HTML', { place: { line: 1, column: 1 }, ruleId: 'html-raw', source: 'book' });
    expect(await messagesReport([clean])).toBe('');
    expect(await messagesReport([clean, warned])).toBe(reporter([clean, warned], { quiet: true }));
    expect(await messagesReport([clean, warned])).toMatch(/b\.md[\s\S]*Raw HTML/);
  });
});
