// Makes a content folder holding the book `times` times over: copy k of every chapter gets fresh ids (suffix -rK
// on every id and on every reference to one), so the model's uniqueness and reference checks still pass.
//
// vocabulary 'distinct' (the default) also gives copy k its own names: every Devanagari word that occurs in a
// glossary name (gland, part, hormone, disorder, term, alias) gets copy k's number in Devanagari binary digits
// appended (थाइरॉक्सीन → थाइरॉक्सीन१०१), in the frontmatter and in the prose alike. A bigger book has more terms,
// each used about as often as before. With 'same', the 100 copies of थाइरॉक्सीन are all used in all 100 copies of
// the prose, and the glossary's use lists (so the Book, the EPUB glossary, …) grow as the square of the size.
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseDocument, isPair, isScalar, isSeq, visit } from 'yaml';

const ID_KEYS = new Set(['id', 'part', 'of', 'madeIn', 'releasedFrom']);

/** Frontmatter and body of a chapter file (the model requires the file to start with ---). */
function splitChapter(text) {
  const match = /^---\n([\s\S]*?\n)---\n/.exec(text);
  if (!match) throw new Error('chapter without frontmatter');
  return { frontmatter: match[1], body: text.slice(match[0].length) };
}

/** The frontmatter with every id and id reference renamed by `rename`. */
export function renameIds(frontmatter, rename) {
  const doc = parseDocument(frontmatter);
  visit(doc, {
    Pair(_, pair) {
      if (!isPair(pair) || !isScalar(pair.key)) return;
      const key = pair.key.value;
      if (ID_KEYS.has(key) && isScalar(pair.value)) pair.value.value = rename(String(pair.value.value));
      if (key === 'regulatedBy' && isSeq(pair.value)) {
        for (const item of pair.value.items) if (isScalar(item)) item.value = rename(String(item.value));
      }
    },
  });
  return doc.toString({ lineWidth: 0 });
}

/**
 * Writes into `outDir` a content folder with `times` copies of `contentDir`'s chapters (copy 0 keeps the original
 * files and ids). Returns { chapters, bytes } of the Markdown written.
 */
export function replicateContent(contentDir, outDir, times, { vocabulary = 'distinct' } = {}) {
  if (vocabulary !== 'distinct' && vocabulary !== 'same') throw new Error(`vocabulary must be distinct or same, got ${vocabulary}`);
  mkdirSync(outDir, { recursive: true });
  for (const name of readdirSync(contentDir)) {
    if (!name.endsWith('.md') && name !== 'book.yaml') cpSync(join(contentDir, name), join(outDir, name), { recursive: true });
  }
  const bookYaml = parseDocument(readFileSync(join(contentDir, 'book.yaml'), 'utf8'));
  const original = bookYaml.get('chapters').items.map((item) => String(item.value));
  const listed = [];
  let bytes = 0;
  const nameWords = vocabulary === 'distinct' ? glossaryWords(original.map((name) => readFileSync(join(contentDir, name), 'utf8'))) : new Set();
  for (let k = 0; k < times; k += 1) {
    for (const name of original) {
      const text = readFileSync(join(contentDir, name), 'utf8');
      const fileName = k === 0 ? name : name.replace(/\.md$/, `-r${k}.md`);
      const out = k === 0 ? (times > 1 ? withoutOverview(text) : text) : replicaText(text, k, nameWords);
      writeFileSync(join(outDir, fileName), out);
      bytes += Buffer.byteLength(out);
      listed.push(fileName);
    }
  }
  bookYaml.set('chapters', listed);
  writeFileSync(join(outDir, 'book.yaml'), bookYaml.toString({ lineWidth: 0 }));
  return { chapters: listed.length, bytes };
}

function replicaText(text, k, nameWords) {
  const { frontmatter, body } = splitChapter(text);
  // Copy k's figures get their own ids.
  const figures = withoutOverview(body).replace(/^(::figure\[.*?\]\{#)([^\s}]+)/gmu, (_, head, id) => `${head}${id}-r${k}`);
  const renamed = `---\n${renameIds(frontmatter, (id) => `${id}-r${k}`)}---\n${figures}`;
  if (nameWords.size === 0) return renamed;
  return renameWords(renamed, k, nameWords);
}

/**
 * The model wants an overview figure to label every gland of the book; labelling every copy's glands would make
 * the figure (and its occlusion cards, one per label) grow as the square of the size. So above 1× the overview
 * drawing is an ordinary figure in every copy.
 */
function withoutOverview(text) {
  return text.replace(/^(::figure\[.*?\]\{[^}]*?)\s*\.overview\b/gmu, '$1');
}

function renameWords(text, k, nameWords) {
  const suffix = [...k.toString(2)].map((bit) => (bit === '1' ? '१' : '०')).join('');
  return text.replace(DEVANAGARI_WORD, (word) => (nameWords.has(word) ? word + suffix : word));
}

// A word as the model's glossary sees it: a maximal run of Devanagari letters, signs and digits (not dandas).
const DEVANAGARI_WORD = /[\u0900-\u0963\u0966-\u097F]+/gu;

/** Every Devanagari word of every glossary name and alias in the chapters' frontmatter. */
function glossaryWords(chapterTexts) {
  const words = new Set();
  const addName = (name) => {
    for (const form of [name?.hi, ...(name?.aliases ?? [])]) for (const [w] of String(form ?? '').matchAll(DEVANAGARI_WORD)) words.add(w);
  };
  for (const text of chapterTexts) {
    const front = parse(splitChapter(text).frontmatter);
    for (const gland of front.glands ?? []) {
      addName(gland.name);
      for (const list of [gland.parts, gland.hormones, gland.disorders]) for (const item of list ?? []) addName(item.name);
    }
    for (const term of front.terms ?? []) addName(term.name);
  }
  return words;
}


