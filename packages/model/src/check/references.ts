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
  const add = (entity: Entity) => {
    const first = entities.get(entity.id);
    if (first) {
      duplicated.add(entity.id);
      const where = first.at.file.path === entity.at.file.path ? 'above' : `in ${first.at.file.path}`;
      fail(entity.at.file, 'id-duplicate', `Id "${entity.id}" is already used by a ${first.kind} ${where}`, entity.at.yaml.place([...entity.path, 'id']));
    } else entities.set(entity.id, entity);
  };
  for (const at of chapters) {
    at.chapter.glands.forEach((gland, g) => {
      add({ kind: 'gland', id: gland.id, at, path: ['glands', g] });
      gland.parts?.forEach((part, i) => add({ kind: 'part', id: part.id, at, path: ['glands', g, 'parts', i], gland: gland.id }));
      gland.hormones?.forEach((h, i) => add({ kind: 'hormone', id: h.id, at, path: ['glands', g, 'hormones', i], gland: gland.id }));
      gland.disorders?.forEach((d, i) => add({ kind: 'disorder', id: d.id, at, path: ['glands', g, 'disorders', i], gland: gland.id }));
    });
    at.chapter.terms.forEach((term, i) => add({ kind: 'term', id: term.id, at, path: ['terms', i] }));
  }

  const expect = (at: LoadedChapter, path: YamlPath, id: string, kinds: Entity['kind'][], sameGland?: string) => {
    if (duplicated.has(id)) return; // already reported; which of the two was meant is the author's call
    const target = entities.get(id);
    const ok = target && kinds.includes(target.kind) && (sameGland === undefined || target.gland === sameGland);
    if (!ok) {
      const wanted = kinds.join(' or ') + (sameGland ? ` of gland "${sameGland}"` : '');
      fail(at.file, 'reference-unknown', `"${id}" is not a ${wanted}`, at.yaml.place(path));
    }
  };
  const expectPart = (at: LoadedChapter, path: YamlPath, id: string, gland: string) => {
    if (duplicated.has(id)) return;
    const target = entities.get(id);
    if (target?.kind === 'part' && target.gland === gland) return;
    const what = target?.kind === 'part' ? `a part of gland "${target.gland}"` : target ? `a ${target.kind}` : 'no part of the book';
    fail(at.file, 'part-not-in-gland', `"${id}" is ${what}, not a part of gland "${gland}"`, at.yaml.place(path));
  };
  for (const at of chapters) {
    at.chapter.glands.forEach((gland, g) => {
      gland.hormones?.forEach((hormone, i) => {
        const base = ['glands', g, 'hormones', i];
        if (hormone.part) expectPart(at, [...base, 'part'], hormone.part, gland.id);
        if (hormone.madeIn) {
          if (hormone.part) fail(at.file, 'hormone-made-in', `Hormone "${hormone.id}" has both "part" and "madeIn"`, at.yaml.place([...base, 'madeIn']));
          expect(at, [...base, 'madeIn'], hormone.madeIn, ['gland', 'part']);
          if (entities.get(hormone.madeIn)?.gland === gland.id || hormone.madeIn === gland.id) {
            fail(at.file, 'hormone-made-in', `"madeIn" of hormone "${hormone.id}" is its own gland "${gland.id}": use "part"`, at.yaml.place([...base, 'madeIn']));
          }
        }
        if (hormone.releasedFrom) {
          if (!hormone.madeIn) fail(at.file, 'hormone-made-in', `Hormone "${hormone.id}" has "releasedFrom" without "madeIn"`, at.yaml.place([...base, 'releasedFrom']));
          expectPart(at, [...base, 'releasedFrom'], hormone.releasedFrom, gland.id);
        }
        hormone.regulatedBy?.forEach((id, r) => expect(at, [...base, 'regulatedBy', r], id, ['hormone']));
      });
      gland.disorders?.forEach((disorder, i) => {
        expect(at, ['glands', g, 'disorders', i, 'of'], disorder.of, ['gland', 'part', 'hormone']);
      });
    });
  }
}
