// Copies the files named on the command line into --out with a plain writeFileSync (or, with --atomic, with
// writeAtomic): the interrupted-build harness must catch the first and accept the second.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeAtomic } from '../../../packages/model/lib/io/write-atomic.js';

const { values, positionals } = parseArgs({ options: { out: { type: 'string' }, atomic: { type: 'boolean' } }, allowPositionals: true });
const write = values.atomic ? writeAtomic : writeFileSync;
for (const file of positionals) write(join(values.out, basename(file)), readFileSync(file));
