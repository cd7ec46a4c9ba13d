import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPdf } from '@book/build-pdf';
import { fixtureBook } from '../fixtures/book.js';
import { built, buildInto } from './helpers/built.js';

const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

describe('deterministic output', () => {
  it('builds the same bytes twice into two temp dirs', () => {
    const a = buildInto(fixtureBook, mkdtempSync(join(tmpdir(), 'pdf-a-')));
    const b = buildInto(fixtureBook, mkdtempSync(join(tmpdir(), 'pdf-b-')));
    expect(sha(readFileSync(a.pdf))).toBe(sha(readFileSync(b.pdf)));
    expect(sha(readFileSync(a.booklet))).toBe(sha(readFileSync(b.booklet)));
    expect(a.pageMap).toEqual(b.pageMap);
  });

  it('derives dates and the file ID from the Book, not the clock', () => {
    const later = { ...fixtureBook, meta: { ...fixtureBook.meta, modified: '2027-01-02T03:04:05Z' } };
    const text = Buffer.from(buildPdf(later).pdf).toString('latin1');
    // pdfkit writes CreationDate and ModDate as indirect string objects.
    expect(text.match(/\(D:20270102030405Z\)/g)?.length).toBe(2);
    expect(text.match(/\(D:\d{14}Z\)/g)?.length).toBe(2);
    const ids = (bytes: Uint8Array) => /\/ID \[<([0-9a-f]+)>/.exec(Buffer.from(bytes).toString('latin1'))?.[1];
    expect(ids(buildPdf(later).pdf)).toBe(ids(buildPdf(later).pdf));
    expect(ids(buildPdf(later).pdf)).not.toBe(ids(buildPdf(fixtureBook).pdf));
  });

  const subject = built();
  it.skipIf(subject.source !== 'dist')('rebuilds dist/ byte for byte in this process (the CLI built it in another)', () => {
    const out = buildPdf(subject.book);
    expect(sha(out.pdf)).toBe(sha(readFileSync(subject.pdf)));
    expect(sha(out.booklet)).toBe(sha(readFileSync(subject.booklet)));
    expect(out.pageMap).toEqual(subject.pageMap);
  });
});
