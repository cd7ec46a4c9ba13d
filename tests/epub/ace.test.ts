import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/pipeline.js';
import { hasTool } from '../helpers/tools.js';
import { subject } from './helpers/subject.js';

const epub = await subject();
const ace = join(root, 'node_modules', '.bin', 'ace-cli');

/** Ace drives Chromium; without a network namespace its background lookups reach nothing (and cannot hang). */
function offline(command: string[]): string[] {
  const isolated = spawnSync('unshare', ['-n', 'true']).status === 0;
  if (!isolated) console.warn('ace: unshare -n is not permitted here; running Ace with the network namespace of the test');
  return isolated ? ['unshare', '-n', 'sh', '-c', 'ip link set lo up 2>/dev/null; exec "$@"', 'sh', ...command] : command;
}

interface Report {
  'earl:result': { 'earl:outcome': string };
  assertions: { 'earl:testSubject': { url: string }; assertions?: { 'earl:test': { 'dct:title': string; 'earl:impact': string } }[] }[];
  'a11y-metadata': { present: string[]; missing: string[] };
}

describe.skipIf(!hasTool('chromium', 'chromium'))(`Ace by DAISY on the ${epub.source} EPUB`, () => {
  it('finds 0 accessibility violations and all the schema.org accessibility metadata', () => {
    const out = mkdtempSync(join(tmpdir(), 'ace-'));
    const [command, ...args] = offline([ace, '-f', '-s', '-o', out, epub.path]);
    execFileSync(command!, args, {
      stdio: 'pipe',
      timeout: 120_000,
      env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: '/usr/bin/chromium', PUPPETEER_SKIP_DOWNLOAD: '1' },
    });
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report;
    const violations = report.assertions.flatMap((doc) =>
      (doc.assertions ?? []).map((a) => `${doc['earl:testSubject'].url}: ${a['earl:test']['dct:title']} (${a['earl:test']['earl:impact']})`),
    );
    console.log(`ace: ${violations.length} violations, outcome ${report['earl:result']['earl:outcome']}`);
    expect(violations).toEqual([]);
    expect(report['earl:result']['earl:outcome']).toBe('pass');
    for (const property of ['schema:accessMode', 'schema:accessModeSufficient', 'schema:accessibilityFeature', 'schema:accessibilityHazard', 'schema:accessibilitySummary']) {
      expect(report['a11y-metadata'].present).toContain(property);
    }
  });
});
