// loadBook from content/ with its time split into `load` (read, parse, cross-checks) and `validate` (ajv schemas).
import { reporter } from 'vfile-reporter';
import { timeValidators } from './phase-clock.mjs';

export async function loadContent(model, contentDir, clock) {
  const validation = timeValidators(model.validators, clock);
  const before = validation.spentMs();
  const started = performance.now();
  const { book, files } = model.loadBook(contentDir);
  clock.add('load', performance.now() - started - (validation.spentMs() - before));
  if (!book) throw new Error(`content ${contentDir} is not valid:\n${reporter(files, { quiet: true })}`);
  return book;
}
