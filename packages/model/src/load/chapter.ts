import type { VFile } from 'vfile';
import type { Chapter, Frontmatter } from '../schema/index.js';
import { fail } from '../messages/report.js';
import { checkSchema } from '../validate/schema-messages.js';
import { validators } from '../validate/schemas.js';
import { toBlocks } from './blocks.js';
import { parseMarkdown } from './markdown.js';
import { parseYaml, type PositionedYaml } from './yaml.js';

export interface LoadedChapter {
  chapter: Chapter;
  /** The frontmatter, for placing messages about its values. */
  yaml: PositionedYaml;
  file: VFile;
}

/** One chapter file (already read and decoded) → a Chapter, or undefined with messages on `file`. */
export function loadChapter(file: VFile, fileName: string): LoadedChapter | undefined {
  const text = String(file.value);
  const tree = parseMarkdown(text);
  const front = tree.children[0];
  if (!front || front.type !== 'yaml') {
    fail(file, 'frontmatter-missing', 'The chapter has no frontmatter', { line: 1, column: 1 });
    return undefined;
  }
  const start = front.position?.start.offset ?? 0;
  const valueOffset = text.indexOf(front.value, start);
  const yaml = parseYaml(file, front.value, valueOffset < 0 ? start : valueOffset);
  if (!yaml || !checkSchema(file, yaml, validators.frontmatter, 'frontmatter')) return undefined;
  const meta = yaml.data as Frontmatter;
  const chapter: Chapter = {
    id: meta.id,
    file: fileName,
    title: meta.title,
    titleEn: meta.titleEn,
    glands: meta.glands ?? [],
    terms: meta.terms ?? [],
    blocks: toBlocks(file, meta.id, tree),
  };
  return { chapter, yaml, file };
}
