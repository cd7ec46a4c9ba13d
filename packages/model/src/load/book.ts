import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { VFile } from 'vfile';
import type { Book, BookYaml, Errata } from '../schema/index.js';
import { checkReferences } from '../check/references.js';
import { buildGlossary } from '../glossary.js';
import { resolveFigures, withFigures } from '../figures/resolve.js';
import type { FigureBlock } from '../schema/index.js';
import { fail, hasErrors } from '../messages/report.js';
import { checkSchema } from '../validate/schema-messages.js';
import { validators } from '../validate/schemas.js';
import { loadChapter, type LoadedChapter } from './chapter.js';
import type { ChapterCache } from './chapter-cache.js';
import { resolveModified } from './modified.js';
import { readSource } from './read-source.js';
import { parseYaml } from './yaml.js';

export interface LoadResult {
  /** The validated Book; undefined when any file has a fatal message. */
  book: Book | undefined;
  /** Every file read, with its messages (print them with vfile-reporter). */
  files: VFile[];
}

export interface LoadOptions {
  env?: NodeJS.ProcessEnv;
  /** Reuse chapters whose text has not changed since an earlier load with the same cache (watch mode). */
  cache?: ChapterCache;
}

/** Load and check a content folder (book.yaml, errata.yaml, the chapter files) in one pass, reporting all problems. */
export function loadBook(contentDir: string, options: LoadOptions = {}): LoadResult {
  const files: VFile[] = [];
  const read = (name: string) => {
    const file = readSource(join(contentDir, name), name);
    files.push(file);
    return file;
  };

  const bookFile = read('book.yaml');
  const bookYaml = bookFile.value === undefined ? undefined : parseYaml(bookFile, String(bookFile.value), 0);
  const meta = bookYaml && checkSchema(bookFile, bookYaml, validators.bookYaml, 'book.yaml') ? (bookYaml.data as BookYaml) : undefined;

  let errata: Errata = [];
  if (existsSync(join(contentDir, 'errata.yaml'))) {
    const errataFile = read('errata.yaml');
    const parsed = errataFile.value === undefined ? undefined : parseYaml(errataFile, String(errataFile.value), 0);
    if (parsed && checkSchema(errataFile, parsed, validators.errata, 'errata.yaml')) errata = parsed.data as Errata;
  }

  const chapters: LoadedChapter[] = [];
  let figures = new Map<string, FigureBlock>();
  if (meta) {
    meta.chapters.forEach((name, i) => {
      if (!existsSync(join(contentDir, name))) {
        fail(bookFile, 'file-missing', `Chapter file ${name} does not exist`, bookYaml!.place(['chapters', i]));
        return;
      }
      const file = read(name);
      if (file.value === undefined) return;
      try {
        const loaded = options.cache ? options.cache.load(file, name) : loadChapter(file, name);
        if (loaded) chapters.push(loaded);
      } catch (error) {
        fail(file, 'internal-error', `The loader failed on this file (${(error as Error).message})`, { line: 1, column: 1 });
      }
    });
    for (const name of readdirSync(contentDir).filter((n) => n.endsWith('.md')).sort()) {
      if (!meta.chapters.includes(name)) {
        const file = read(name);
        fail(file, 'file-unlisted', `${name} is not listed in book.yaml`, { line: 1, column: 1 });
      }
    }
    checkReferences(chapters);
    figures = resolveFigures(contentDir, chapters, read, (file) => files.push(file));
  }

  const modified = meta && resolveModified(contentDir, meta.date, options.env ?? process.env);
  if (meta && !modified) fail(bookFile, 'date-missing', 'No date for the build', bookYaml!.place([]));

  if (!meta || !modified || hasErrors(files)) return { book: undefined, files };
  const { chapters: _names, ...bookMeta } = meta;
  const bookChapters = chapters.map((loaded) => withFigures(loaded.chapter, figures));
  const book: Book = {
    schemaVersion: 1,
    meta: { ...bookMeta, modified },
    chapters: bookChapters,
    glossary: buildGlossary(bookChapters),
    errata,
  };
  if (!validators.book(book)) {
    // The loader built something its own schema rejects: a bug here, not a content problem.
    throw new TypeError(`loadBook produced an invalid Book: ${JSON.stringify(validators.book.errors?.slice(0, 3))}`);
  }
  return { book, files };
}
