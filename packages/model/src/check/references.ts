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
  /** Must not be in this gland (a hormone's madeIn names another gland). */
  otherGland?: string;
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
  const add = (id: unknown, path: YamlPath, kinds: Entity['kind'][], sameGland?: string, otherGland?: string) => {
    const value = text(id);
    if (value !== undefined) found.push({ at, path, id: value, kinds, ...(sameGland !== undefined ? { sameGland } : {}), ...(otherGland !== undefined ? { otherGland } : {}) });
  };
  list(at.chapter.glands).forEach((gland, g) => {
    const glandId = text(gland.id) ?? '';
    list(gland.hormones).forEach((hormone, i) => {
      const base = ['glands', g, 'hormones', i];
      add(hormone.part, [...base, 'part'], ['part'], glandId);
      add(hormone.madeIn, [...base, 'madeIn'], ['gland', 'part'], undefined, glandId);
      add(hormone.releasedFrom, [...base, 'releasedFrom'], ['part'], glandId);
      if (Array.isArray(hormone.regulatedBy)) hormone.regulatedBy.forEach((id, r) => add(id, [...base, 'regulatedBy', r], ['hormone']));
    });
    list(gland.disorders).forEach((disorder, i) => add(disorder.of, ['glands', g, 'disorders', i, 'of'], ['gland', 'part', 'hormone']));
  });
  return found;
}

/** A hormone either is made in a part of its gland (`part`) or elsewhere (`madeIn`, then released from `releasedFrom`). */
function checkMadeIn(at: LoadedChapter): void {
  list(at.chapter.glands).forEach((gland, g) => {
    list(gland.hormones).forEach((hormone, i) => {
      const base = ['glands', g, 'hormones', i];
      const id = text(hormone.id) ?? '';
      if (hormone.part !== undefined && hormone.madeIn !== undefined) {
        fail(at.file, 'hormone-made-in', `Hormone "${id}" has both "part" and "madeIn"`, at.yaml.place([...base, 'madeIn']));
      }
      if (hormone.releasedFrom !== undefined && hormone.madeIn === undefined) {
        fail(at.file, 'hormone-made-in', `Hormone "${id}" has "releasedFrom" without "madeIn"`, at.yaml.place([...base, 'releasedFrom']));
      }
    });
  });
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

  for (const at of chapters) checkMadeIn(at);
  for (const { at, path, id, kinds, sameGland, otherGland } of chapters.flatMap(referencesOf)) {
    if (duplicated.has(id)) continue; // already reported; which of the two was meant is the author's call
    const target = entities.get(id);
    if (sameGland !== undefined && kinds.length === 1 && kinds[0] === 'part') {
      // A hormone's part or releasedFrom: a part of its own gland.
      if (target?.kind === 'part' && target.gland === sameGland) continue;
      const what = target?.kind === 'part' ? `a part of gland "${target.gland}"` : target ? `a ${target.kind}` : 'no part of the book';
      fail(at.file, 'part-not-in-gland', `"${id}" is ${what}, not a part of gland "${sameGland}"`, at.yaml.place(path));
      continue;
    }
    if (otherGland !== undefined && target && (target.id === otherGland || target.gland === otherGland)) {
      fail(at.file, 'hormone-made-in', `"madeIn" "${id}" is in the hormone's own gland "${otherGland}": use "part"`, at.yaml.place(path));
      continue;
    }
    const ok = target && kinds.includes(target.kind) && (sameGland === undefined || target.gland === sameGland);
    if (!ok) {
      const wanted = kinds.join(' or ') + (sameGland ? ` of gland "${sameGland}"` : '');
      fail(at.file, 'reference-unknown', `"${id}" is not a ${wanted}`, at.yaml.place(path));
    }
  }
}
