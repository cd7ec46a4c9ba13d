#!/usr/bin/env node
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseLedger } from '@book/build-anki';
import { startDev } from './dev-server.js';
import { reportLine } from './report-line.js';

// npm run dev: node lib/cli.js --content ../../content --out ../../dist [--ledger ../build-anki/anki-ledger.json]
const { values } = parseArgs({
  options: {
    content: { type: 'string', default: '../../content' },
    out: { type: 'string', default: '../../dist' },
    ledger: { type: 'string', default: '../build-anki/anki-ledger.json' },
  },
});
const contentDir = resolve(values.content);
const ledgerPath = resolve(values.ledger);
const ankiLedger = existsSync(ledgerPath) ? parseLedger(JSON.parse(readFileSync(ledgerPath, 'utf8'))) : undefined;

const server = await startDev({
  contentDir,
  outDir: resolve(values.out),
  ...(ankiLedger ? { ankiLedger } : {}),
  onReport: (report) => process.stdout.write(`${reportLine(report)}\n`),
});
process.stdout.write(`watching ${contentDir} (Ctrl-C to stop)\n`);
const stop = () => {
  server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
