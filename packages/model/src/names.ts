/**
 * Every Hindi form a name is written or searched by: the book's word, its aliases and today's textbooks' words.
 * The glossary's uses, the sentences' glands and the deck's cloze-worthy terms are all found by these forms.
 */
export function nameForms(name: { hi: string; aliases?: readonly string[]; textbook?: readonly string[] }): string[] {
  return [name.hi, ...(name.aliases ?? []), ...(name.textbook ?? [])];
}
