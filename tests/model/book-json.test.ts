import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBook, validators } from '@book/model';
import { dist } from '../helpers/dist.js';

const root = join(import.meta.dirname, '..', '..');
const built = dist.book;

describe('dist/<id>.json', () => {
  it('exists (npm test builds first)', () => {
    expect(existsSync(built), 'run `npm run build` first').toBe(true);
  });

  it('validates against the Book schema and round-trips the loader output exactly', () => {
    const data = JSON.parse(readFileSync(built, 'utf8'));
    expect(validators.book(data), JSON.stringify(validators.book.errors)).toBe(true);
    const { book } = loadBook(join(root, 'content'), { env: { SOURCE_DATE_EPOCH: process.env.SOURCE_DATE_EPOCH } });
    expect(data).toEqual(book);
  });

  it('holds the whole title: 9 chapters, every gland of the seed, hormones, disorders and a glossary', () => {
    const data = JSON.parse(readFileSync(built, 'utf8'));
    const glands = data.chapters.flatMap((c: { glands: { id: string }[] }) => c.glands);
    expect(data.chapters).toHaveLength(9);
    expect(glands.map((g: { id: string }) => g.id)).toEqual([
      'hypothalamus', 'pituitary-gland', 'adrenal-gland', 'thyroid-gland', 'parathyroid-gland', 'testis', 'ovary',
      'pineal-gland', 'islets-of-langerhans', 'thymus-gland',
    ]);
    expect(glands.flatMap((g: { hormones?: unknown[] }) => g.hormones ?? []).length).toBeGreaterThanOrEqual(20);
    expect(glands.flatMap((g: { disorders?: unknown[] }) => g.disorders ?? []).length).toBeGreaterThanOrEqual(12);
    expect(data.glossary.length).toBeGreaterThan(50);
  });

  it('marks the editorial additions the seed lacks: the pineal chapter and the three islet cell types', () => {
    const data = JSON.parse(readFileSync(built, 'utf8'));
    const chapter = (id: string) => data.chapters.find((c: { id: string }) => c.id === id);
    expect(chapter('pineal').blocks.every((b: { editorial?: boolean }) => b.editorial)).toBe(true);
    const list = chapter('islets').blocks.find((b: { type: string }) => b.type === 'list');
    expect(list).toMatchObject({ editorial: true });
    expect(list.items).toHaveLength(3);
  });
});
