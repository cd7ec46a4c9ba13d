import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EPUBCHECK_JAR, hasTool } from '../helpers/tools.js';
import { subject } from './helpers/subject.js';

const epub = await subject();

interface Message {
  ID: string;
  severity: 'FATAL' | 'ERROR' | 'WARNING' | 'INFO' | 'USAGE';
  message: string;
  locations: { path: string }[];
}

/**
 * Usage notes that are information, not defects: @font-face is reported wherever it is used (CSS-028), and the NCX
 * that older readers need has a namespace epubcheck does not know in EPUB 3 (HTM-010).
 */
const INFORMATIONAL = (m: Message) =>
  m.ID === 'CSS-028' || (m.ID === 'HTM-010' && m.message.includes('http://www.daisy.org/z3986/2005/ncx/') && m.locations.every((l) => l.path.endsWith('toc.ncx')));

const available = hasTool('java', 'epubcheck') && hasTool(EPUBCHECK_JAR, 'epubcheck');

describe.skipIf(!available)(`epubcheck on the ${epub.source} EPUB`, () => {
  it('reports 0 fatal errors, 0 errors, 0 warnings and, with --usage, only informational notes', () => {
    const report = join(mkdtempSync(join(tmpdir(), 'epubcheck-')), 'report.json');
    try {
      execFileSync('java', ['-jar', EPUBCHECK_JAR, '--usage', '--json', report, epub.path], { stdio: 'pipe', timeout: 120_000 });
    } catch (error) {
      // Non-zero exit on errors: the JSON report says which, and the assertions below print them.
      if (!readFileSync(report, 'utf8')) throw error;
    }
    const messages = (JSON.parse(readFileSync(report, 'utf8')) as { messages: Message[] }).messages;
    const summary = (severity: Message['severity']) => messages.filter((m) => m.severity === severity);
    const show = (list: Message[]) => list.map((m) => `${m.ID} ${m.message} @ ${m.locations.map((l) => l.path).join(', ')}`);
    console.log(`epubcheck: ${['FATAL', 'ERROR', 'WARNING', 'INFO', 'USAGE'].map((s) => `${summary(s as Message['severity']).length} ${s.toLowerCase()}`).join(', ')}`);
    for (const severity of ['FATAL', 'ERROR', 'WARNING'] as const) expect(show(summary(severity)), severity).toEqual([]);
    expect(show(summary('USAGE').filter((m) => !INFORMATIONAL(m)))).toEqual([]);
  });
});
