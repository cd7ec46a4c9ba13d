import { describe, expect, it } from 'vitest';
import { hasTool } from '../helpers/tools.js';
import { built, proseText } from './helpers/built.js';
import { inOrderRecovery, mutool, pdfjs, pdftotext, tokens } from './helpers/extract.js';

const subject = built();
const expected = tokens(proseText(subject.book));

function report(name: string, text: string): number {
  const r = inOrderRecovery(expected, tokens(text));
  console.log(`${name}: ${(r.ratio * 100).toFixed(2)}% of ${r.total} prose tokens in order (${subject.source})${r.missing.length ? `; lost e.g. ${r.missing.slice(0, 5).join(' ')}` : ''}`);
  return r.ratio;
}

describe(`text extraction of ${subject.source} PDF`, () => {
  it('has a real amount of prose to check', () => {
    expect(expected.length).toBeGreaterThan(subject.source === 'dist' ? 1000 : 100);
  });

  it.skipIf(!hasTool('pdftotext', 'poppler-utils'))('pdftotext recovers 100% of prose tokens in order', () => {
    expect(report('pdftotext', pdftotext(subject.pdf))).toBe(1);
  });

  it.skipIf(!hasTool('mutool', 'mupdf-tools'))('mutool recovers 100% of prose tokens in order', () => {
    expect(report('mutool', mutool(subject.pdf))).toBe(1);
  });

  it('pdf.js recovers 100% of prose tokens in order', async () => {
    expect(report('pdf.js', await pdfjs(subject.pdf))).toBe(1);
  });
});
