#!/usr/bin/env node
// node bench/report.mjs [bench/results]: rewrites results.md and time-vs-size.svg (and the targets in
// results.json) from an existing results.json, without measuring again.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeResults } from './tools/write-results.mjs';

const dir = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), 'results'));
writeResults(JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')), dir);
process.stderr.write(`rewrote ${dir}/results.md and time-vs-size.svg\n`);
