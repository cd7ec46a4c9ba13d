import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildAnki } from '@book/build-anki';
import type { Book } from '@book/model';
import { dist } from '../helpers/dist.js';

// buildAnki keeps the words of each card field of its last deck, by the field's HTML, for the font subsets of the
// next one (watch mode). A deck built after another Book must be the deck built after its own Book: a field that
// changed must be split into words anew, or the subsets would miss its new letters.
describe('a deck built after a deck of another Book', () => {
  const json = readFileSync(dist.book, 'utf8');
  const pageMap = JSON.parse(readFileSync(dist.pageMap, 'utf8'));
  const before = 'इसको प्रयोगशालाओं में भी';
  // ङ is not in the book: the subsets must gain it.
  const edited = (): Book => JSON.parse(json.replace(before, 'इसको वाङ्मय की प्रयोगशालाओं में भी'));

  it('gains the edit\'s new letter, and is byte for byte the deck built after its own Book', async () => {
    expect(json).toContain(before);
    const build = async (book: Book) => {
      const { apkg, stats } = await buildAnki(book, pageMap);
      return { apkg: Buffer.from(apkg), fontBytes: stats.fontBytes };
    };
    await build(JSON.parse(json));
    const original = await build(JSON.parse(json));
    const editedAfterOriginal = await build(edited());
    const editedAfterEdited = await build(edited());
    const originalAfterEdited = await build(JSON.parse(json));
    expect(editedAfterOriginal.fontBytes, 'the subsets gain ङ').toBeGreaterThan(original.fontBytes);
    expect(editedAfterOriginal.apkg.equals(editedAfterEdited.apkg), 'the edited deck after the original').toBe(true);
    expect(originalAfterEdited.apkg.equals(original.apkg), 'the original deck after the edited one').toBe(true);
  });
});
