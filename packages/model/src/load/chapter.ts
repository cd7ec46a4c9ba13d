import { VFile } from 'vfile';
import { location } from 'vfile-location';
import type { Chapter, Frontmatter } from '../schema/index.js';
import { fail } from '../messages/report.js';
import { checkSchema } from '../validate/schema-messages.js';
import { validators } from '../validate/schemas.js';
import { toBlocks } from './blocks.js';
import { emphasisProblem } from './emphasis-limit.js';
import { splitFrontmatter } from './frontmatter.js';
import { parseMarkdownFrom } from './markdown.js';
import { parseYaml, type PositionedYaml } from './yaml.js';
import { takeLinks, type WrittenLink } from './links.js';

export interface LoadedChapter {
  chapter: Chapter;
  /** The frontmatter, for placing messages about its values. */
  yaml: PositionedYaml;
  file: VFile;
  /** The `#id` links its prose makes, with their positions (checked against the whole book by checkLinks). */
  links: WrittenLink[];
  /**
   * False when the frontmatter broke the schema (reported) but is still a mapping: the chapter is loaded anyway, so
   * its reference, link and body problems are reported in the same run. Its glands and terms are then unchecked
   * data (see check/references.ts), and no Book is built.
   */
  schemaValid: boolean;
}

/** One chapter file (already read and decoded) → a Chapter, or undefined with messages on `file`. */
export function loadChapter(file: VFile, fileName: string): LoadedChapter | undefined {
  const text = String(file.value);
  const deep = tooDeep(text);
  if (deep !== undefined) {
    fail(file, 'nesting-too-deep', `Nesting deeper than ${MAX_NESTING} levels`, { line: deep, column: 1 });
    return undefined;
  }
  const front = splitFrontmatter(text);
  if (!front) {
    fail(file, 'frontmatter-missing', 'The chapter has no frontmatter', { line: 1, column: 1 });
    return undefined;
  }
  const yaml = parseYaml(file, front.yaml, front.yamlOffset);
  if (!yaml) return undefined;
  const schemaValid = checkSchema(file, yaml, validators.frontmatter, 'frontmatter');
  if (!schemaValid && !isMapping(yaml.data)) return undefined;
  const emphasis = emphasisProblem(text, front.bodyOffset);
  if (emphasis) {
    fail(file, 'emphasis-nesting', emphasis.reason, location(file).toPoint(emphasis.offset));
    return undefined;
  }
  const { line, column } = location(file).toPoint(front.bodyOffset)!;
  const tree = parseMarkdownFrom(text, { line, column, offset: front.bodyOffset });
  const meta = yaml.data as Frontmatter;
  // Unchecked frontmatter: an id that is not a string gives way to the file's name, lists that are not lists to [].
  const id = typeof meta.id === 'string' ? meta.id : fileName.replace(/\.md$/, '');
  const chapter: Chapter = {
    id,
    file: fileName,
    title: meta.title,
    titleEn: meta.titleEn,
    glands: Array.isArray(meta.glands) ? meta.glands : [],
    terms: Array.isArray(meta.terms) ? meta.terms : [],
    ...(Array.isArray(meta.noCloze) ? { noCloze: meta.noCloze } : {}),
    blocks: toBlocks(file, id, tree),
  };
  // The parsed Document (a node per value, with ranges) is dropped here: kept for 900 chapters it was most of the
  // heap the garbage collector walked. The cross-chapter checks rarely need a place in it; they parse it again.
  return { chapter, yaml: frontmatterOnDemand(file), file, links: takeLinks(file), schemaValid };
}

/**
 * The frontmatter of a chapter loaded earlier (by loadChapter, or from the chapter store), parsed again only if a
 * message of the cross-chapter checks needs a place in it: most builds never need one. The same text parsed by
 * the same parseYaml, so the places are those the first parse would have given.
 */
export function frontmatterOnDemand(file: VFile): PositionedYaml {
  let parsed: PositionedYaml | undefined;
  const parse = (): PositionedYaml => {
    if (parsed) return parsed;
    const text = String(file.value);
    const front = splitFrontmatter(text);
    // A scratch file: its messages were reported when the chapter was first loaded, and are reported from the store.
    parsed = front && parseYaml(new VFile({ value: text }), front.yaml, front.yamlOffset);
    if (!parsed) throw new TypeError(`frontmatterOnDemand: ${file.path} has no valid frontmatter; store only chapters that loaded`);
    return parsed;
  };
  return {
    get data() {
      return parse().data;
    },
    place: (path, key) => parse().place(path, key),
  };
}

function isMapping(data: unknown): data is Record<string, unknown> {
  return typeof data === 'object' && data !== null && !Array.isArray(data);
}

export const MAX_NESTING = 8;

/**
 * The line of the first block nested deeper than MAX_NESTING (list markers, quotes or indentation), checked
 * before parsing: the Markdown parser's time and stack grow with nesting, and content never needs it.
 */
function tooDeep(text: string): number | undefined {
  const lines = text.split('\n');
  const prefix = /^(?:\s*(?:[-*+]|\d{1,9}[.)]|>)(?=\s))+/;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const markers = line.match(prefix)?.[0].match(/[-*+>]|\d{1,9}[.)]/g)?.length ?? 0;
    const indent = line.length - line.trimStart().length;
    if (markers > MAX_NESTING || indent > 4 * MAX_NESTING) return i + 1;
  }
  return undefined;
}
