#!/usr/bin/env node
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { cliOptions } from '../io/cli-args.js';
import { bookJson } from '../io/book-json.js';
import { outputLine } from '../io/output-line.js';
import { writeAtomic } from '../io/write-atomic.js';
import { recordBookId } from '../io/book-location.js';
import { runCommand } from '../io/run-command.js';
import { loadOrExit } from './run.js';

runCommand('build', async () => {
  const started = performance.now();
  const { content = '../../content', out = '../../dist' } = cliOptions(['content', 'out']);
  const book = await loadOrExit(content);
  const path = resolve(join(out, `${book.meta.id}.json`));
  const json = bookJson(book);
  writeAtomic(path, json);
  recordBookId(resolve(out), book.meta.id);
  const sentences = book.chapters.flatMap((c) => c.blocks).flatMap((b) => (b.type === 'paragraph' ? b.sentences : [])).length;
  process.stdout.write(
    `${outputLine(path, Buffer.byteLength(json), `Book: ${book.chapters.length} chapters, ${sentences} sentences, ${book.glossary.length} glossary entries`, performance.now() - started)}\n`,
  );
});
