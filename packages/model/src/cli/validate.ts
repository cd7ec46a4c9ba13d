#!/usr/bin/env node
import { cliOptions } from '../io/cli-args.js';
import { loadOrExit } from './run.js';
import { runCommand } from '../io/run-command.js';

runCommand('validate', async () => {
  const { content = '../../content' } = cliOptions(['content']);
  const book = await loadOrExit(content);
  const facts = book.chapters.flatMap((c) => c.glands);
  process.stdout.write(
    `content is valid: ${book.chapters.length} chapters, ${facts.length} glands, ` +
      `${facts.flatMap((g) => g.hormones ?? []).length} hormones, ${facts.flatMap((g) => g.disorders ?? []).length} disorders\n`,
  );
});
