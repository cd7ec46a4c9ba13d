#!/usr/bin/env node
// node bench/profile.mjs [--size 100] [--case all|model|pdf|epub|anki]: one run under `node --cpu-prof`, then the
// functions and packages the CPU time goes to (self and total), written to bench/results/profile-<size>x-<case>.md.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { replicateContent } from './tools/replicate-content.mjs';
import { summarizeProfile } from './tools/cpu-profile-summary.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { size: { type: 'string', default: '100' }, case: { type: 'string', default: 'all' }, top: { type: 'string', default: '25' }, vocabulary: { type: 'string', default: 'distinct' } } });
const size = Number(values.size);
const work = mkdtempSync(join(tmpdir(), 'book-profile-'));
const contentDir = join(work, 'content');
const outDir = join(work, 'out');
const profDir = join(work, 'prof');
mkdirSync(outDir);
replicateContent(join(root, 'content'), contentDir, size, { vocabulary: values.vocabulary });
// The model's chapters parsed in this one thread, so that its one profile holds all of the work.
const env = { ...process.env, SOURCE_DATE_EPOCH: '1796083200', BOOK_MODEL_THREADS: '0' };
const harness = (name) => join(root, 'bench', 'harness', name);
if (values.case !== 'all' && values.case !== 'model') execFileSync('node', [harness('build-one.mjs'), 'model', contentDir, outDir], { env });
if (values.case === 'anki') execFileSync('node', [harness('build-one.mjs'), 'pdf', outDir], { env });
const args =
  values.case === 'all' ? [harness('build-all.mjs'), contentDir, outDir] : values.case === 'model' ? [harness('build-one.mjs'), 'model', contentDir, outDir] : [harness('build-one.mjs'), values.case, outDir];
const printed = execFileSync('node', ['--cpu-prof', `--cpu-prof-dir=${profDir}`, ...args], { env, encoding: 'utf8' });
const file = join(profDir, readdirSync(profDir).find((n) => n.endsWith('.cpuprofile')));
const summary = summarizeProfile(file, { top: Number(values.top) });
const table = (rows) => ['| ms | % | function / package |', '| ---: | ---: | --- |', ...rows.map((r) => `| ${r.ms} | ${r.share} | \`${r.name}\` |`)].join('\n');
const md = [
  `# CPU profile: ${values.case} at ${size}× (${values.vocabulary} vocabulary)`,
  '',
  `\`node bench/profile.mjs --size ${size} --case ${values.case} --vocabulary ${values.vocabulary}\`; ${summary.totalMs} ms sampled. Harness phases: \`${printed.trim()}\``,
  '',
  '## Self time by package',
  '',
  table(summary.packages),
  '',
  '## Total time (self + callees) by function',
  '',
  table(summary.total),
  '',
  '## Self time by function',
  '',
  table(summary.self),
  '',
].join('\n');
const out = join(root, 'bench', 'results', `profile-${size}x-${values.case}-${values.vocabulary}.md`);
writeFileSync(out, md);
process.stdout.write(`${out}\n(profile kept at ${file})\n`);
