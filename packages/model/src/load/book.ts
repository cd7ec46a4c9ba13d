import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Book, BookYaml, Errata, FigureBlock } from '../schema/index.js';
import { checkReferences } from '../check/references.js';
import { checkLinks } from '../check/links.js';
import { buildGlossary } from '../glossary.js';
import { withSentenceContext } from '../sentence-context.js';
import { resolveFigures, withFigures } from '../figures/resolve.js';
import { fail, hasErrors } from '../messages/report.js';
import { checkSchema } from '../validate/schema-messages.js';
import { validators } from '../validate/schemas.js';
import { bookYamlSchema } from '../schema/source.js';
import { loadChapter, type LoadedChapter } from './chapter.js';
import type { ChapterLoader } from './chapter-store.js';
import { resolveModified } from './modified.js';
import { readSource } from './read-source.js';
import { fileKind } from './file-kind.js';
import { parseYaml, type PositionedYaml } from './yaml.js';

export interface LoadResult {
  /** The validated Book; undefined when any file has a fatal message. */
  book: Book | undefined;
  /** Every file read, with its messages (print them with vfile-reporter). */
  files: VFile[];
}

export interface LoadOptions {
  env?: NodeJS.ProcessEnv;
  /**
   * Loads each chapter file: loadChapter when absent; a ChapterStore (on disk, the commands) or ChapterCache (in
   * memory, watch mode) reuses what an earlier load made of the same text. Checks across chapters run regardless.
   */
  cache?: ChapterLoader;
}

/**
 * The chapters list of a book.yaml that broke the schema, when it is still a list of chapter file names (only names
 * the schema would accept: a name like ../x.md must never be opened); undefined when it is not.
 */
function readableChapterNames(data: unknown): string[] | undefined {
  const chapters = typeof data === 'object' && data !== null ? (data as { chapters?: unknown }).chapters : undefined;
  if (!Array.isArray(chapters) || !chapters.every((name) => typeof name === 'string' && CHAPTER_FILE.test(name))) return undefined;
  return chapters as string[];
}

const CHAPTER_FILE = new RegExp(bookYamlSchema.properties.chapters.items.pattern);

type KeptYaml = { parsed: PositionedYaml | undefined; messages: VFileMessage[] };

/**
 * book.yaml and errata.yaml as the last load in this process parsed them, by file name and text: watch mode loads
 * the folder after every save, and parsing them again was ~3 ms of each load. Their messages are replayed.
 */
let lastYaml = new Map<string, KeptYaml>();

function parseYamlFile(file: VFile, thisLoad: Map<string, KeptYaml>): PositionedYaml | undefined {
  const text = String(file.value);
  const key = `${file.path}\0${text}`;
  let kept = lastYaml.get(key);
  if (kept) file.messages.push(...kept.messages);
  else {
    const before = file.messages.length;
    kept = { parsed: parseYaml(file, text, 0), messages: file.messages.slice(before) };
  }
  thisLoad.set(key, kept);
  return kept.parsed;
}

/** Load and check a content folder (book.yaml, errata.yaml, the chapter files) in one pass, reporting all problems. */
export function loadBook(contentDir: string, options: LoadOptions = {}): LoadResult {
  const files: VFile[] = [];
  const read = (name: string) => {
    const file = readSource(join(contentDir, name), name);
    files.push(file);
    return file;
  };

  const yamlThisLoad = new Map<string, KeptYaml>();
  const bookFile = read('book.yaml');
  const bookYaml = bookFile.value === undefined ? undefined : parseYamlFile(bookFile, yamlThisLoad);
  const meta = bookYaml && checkSchema(bookFile, bookYaml, validators.bookYaml, 'book.yaml') ? (bookYaml.data as BookYaml) : undefined;
  // A schema error elsewhere in book.yaml must not hide the chapters' own problems: load the ones it still names.
  const chapterNames = meta ? meta.chapters : readableChapterNames(bookYaml?.data);

  let errata: Errata = [];
  if (fileKind(join(contentDir, 'errata.yaml')) !== 'missing') {
    const errataFile = read('errata.yaml');
    const parsed = errataFile.value === undefined ? undefined : parseYamlFile(errataFile, yamlThisLoad);
    if (parsed && checkSchema(errataFile, parsed, validators.errata, 'errata.yaml')) errata = parsed.data as Errata;
  }

  const chapters: LoadedChapter[] = [];
  let figures = new Map<string, FigureBlock>();
  if (chapterNames) {
    chapterNames.forEach((name, i) => {
      const kind = fileKind(join(contentDir, name));
      if (kind === 'missing') {
        fail(bookFile, 'file-missing', `Chapter file ${name} does not exist`, bookYaml!.place(['chapters', i]));
        return;
      }
      if (kind !== 'file') {
        fail(bookFile, 'file-not-regular', `Chapter file ${name} is a ${kind}, not a plain file`, bookYaml!.place(['chapters', i]));
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
      if (!chapterNames.includes(name)) {
        const file = read(name);
        fail(file, 'file-unlisted', `${name} is not listed in book.yaml`, { line: 1, column: 1 });
      }
    }
    checkReferences(chapters);
    checkLinks(chapters);
    // Figures are checked against the glands and names the schema guarantees: only when every chapter passed it.
    if (chapters.every((loaded) => loaded.schemaValid)) figures = resolveFigures(contentDir, chapters, read, (file) => files.push(file));
  }

  lastYaml = yamlThisLoad;

  const modified = meta && resolveModified(contentDir, meta.date, options.env ?? process.env);
  if (meta && !modified) fail(bookFile, 'date-missing', 'No date for the build', bookYaml!.place([]));

  if (!meta || !modified || hasErrors(files)) return { book: undefined, files };
  const { chapters: _names, ...bookMeta } = meta;
  const bookChapters = withSentenceContext(chapters.map((loaded) => withFigures(loaded.chapter, figures)));
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
