// The Book from content/ as the model's command loads it (loadContent: worker threads for a big book, as
// BOOK_MODEL_THREADS says), cold: no chapter store. Its time is split into `load` (read, parse, cross-checks) and
// `validate` (this thread's ajv schema checks; a worker thread's are counted in `load`).
import { timeValidators } from './phase-clock.mjs';

export async function loadContent(model, contentDir, clock) {
  const validation = timeValidators(model.validators, clock);
  const before = validation.spentMs();
  const started = performance.now();
  const { book, files } = await model.loadContent(contentDir, { env: { ...process.env, BOOK_MODEL_CACHE: 'off' } });
  clock.add('load', performance.now() - started - (validation.spentMs() - before));
  if (!book) {
    const { reporter } = await import('vfile-reporter');
    throw new Error(`content ${contentDir} is not valid:\n${reporter(files, { quiet: true })}`);
  }
  return book;
}
