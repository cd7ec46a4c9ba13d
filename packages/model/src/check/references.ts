import type { LoadedChapter } from '../load/chapter.js';
import { fail } from '../messages/report.js';
import type { YamlPath } from '../load/yaml.js';

interface Entity {
  kind: 'gland' | 'part' | 'hormone' | 'disorder' | 'term';
  id: string;
  at: LoadedChapter;
  path: YamlPath;
  gland?: string;
}

interface Reference {
  at: LoadedChapter;
  path: YamlPath;
  id: string;
  kinds: Entity['kind'][];
  sameGland?: string;
}

// A chapter whose frontmatter broke the schema is still checked here (all problems in one run), so its data is
// read as unchecked: lists that are lists, entries that are mappings, ids and references that are strings.
type Data = Record<string, unknown>;
const list = (value: unknown): Data[] => (Array.isArray(value) ? value.map((v) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Data) : {})) : []);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The glands, parts, hormones, disorders and terms a chapter defines, with where. */
function entitiesOf(at: LoadedChapter): Entity[] {
  const found: Entity[] = [];
  const add = (kind: Entity['kind'], id: unknown, path: YamlPath, gland?: string) => {
    const value = text(id);
    if (value !== undefined) found.push({ kind, id: value, at, path, ...(gland !== undefined ? { gland } : {}) });
  };
  list(at.chapter.glands).forEach((gland, g) => {
    add('gland', gland.id, ['glands', g]);
    const glandId = text(gland.id) ?? '';
    list(gland.parts).forEach((part, i) => add('part', part.id, ['glands', g, 'parts', i], glandId));
    list(gland.hormones).forEach((h, i) => add('hormone', h.id, ['glands', g, 'hormones', i], glandId));
    list(gland.disorders).forEach((d, i) => add('disorder', d.id, ['glands', g, 'disorders', i], glandId));
  });
  list(at.chapter.terms).forEach((term, i) => add('term', term.id, ['terms', i]));
  return found;
}

/** A hormone's part, its regulatedBy, and a disorder's `of`: what each must point at. */
function referencesOf(at: LoadedChapter): Reference[] {
  const found: Reference[] = [];
  const add = (id: unknown, path: YamlPath, kinds: Entity['kind'][], sameGland?: string) => {
    const value = text(id);
    if (value !== undefined) found.push({ at, path, id: value, kinds, ...(sameGland !== undefined ? { sameGland } : {}) });
  };
  list(at.chapter.glands).forEach((gland, g) => {
    const glandId = text(gland.id) ?? '';
    list(gland.hormones).forEach((hormone, i) => {
      const base = ['glands', g, 'hormones', i];
      add(hormone.part, [...base, 'part'], ['part'], glandId);
      if (Array.isArray(hormone.regulatedBy)) hormone.regulatedBy.forEach((id, r) => add(id, [...base, 'regulatedBy', r], ['hormone']));
    });
    list(gland.disorders).forEach((disorder, i) => add(disorder.of, ['glands', g, 'disorders', i, 'of'], ['gland', 'part', 'hormone']));
  });
  return found;
}

/** The ids of every gland, part, hormone, disorder and term: the glossary's entries. */
export function entityIds(chapters: readonly LoadedChapter[]): string[] {
  return chapters.flatMap((at) => entitiesOf(at).map((entity) => entity.id));
}

/**
 * Checks the schema cannot express: ids unique across the book (chapters in their own namespace), and every
 * reference (a hormone's part, regulatedBy, a disorder's `of`) pointing at something that exists.
 */
export function checkReferences(chapters: readonly LoadedChapter[]): void {
  const chapterIds = new Map<string, LoadedChapter>();
  for (const loaded of chapters) {
    const first = chapterIds.get(loaded.chapter.id);
    if (first) {
      fail(loaded.file, 'id-duplicate', `Chapter id "${loaded.chapter.id}" is already used by ${first.file.path}`, loaded.yaml.place(['id']));
    } else chapterIds.set(loaded.chapter.id, loaded);
  }

  const entities = new Map<string, Entity>();
  const duplicated = new Set<string>();
  for (const entity of chapters.flatMap(entitiesOf)) {
    const first = entities.get(entity.id);
    if (first) {
      duplicated.add(entity.id);
      const where = first.at.file.path === entity.at.file.path ? 'above' : `in ${first.at.file.path}`;
      fail(entity.at.file, 'id-duplicate', `Id "${entity.id}" is already used by a ${first.kind} ${where}`, entity.at.yaml.place([...entity.path, 'id']));
    } else entities.set(entity.id, entity);
  }

  for (const { at, path, id, kinds, sameGland } of chapters.flatMap(referencesOf)) {
    if (duplicated.has(id)) continue; // already reported; which of the two was meant is the author's call
    const target = entities.get(id);
    const ok = target && kinds.includes(target.kind) && (sameGland === undefined || target.gland === sameGland);
    if (!ok) {
      const wanted = kinds.join(' or ') + (sameGland ? ` of gland "${sameGland}"` : '');
      fail(at.file, 'reference-unknown', `"${id}" is not a ${wanted}`, at.yaml.place(path));
    }
  }
}
