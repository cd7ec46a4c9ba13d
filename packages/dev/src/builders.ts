// The one list of the builders. `npm run build` runs them through turbo (a test checks turbo's graph against
// this list), watch mode writes their files under these names, and the bench and tests run these commands.

/** What the model build writes into the output folder for a book: its Book and the file naming the book. */
export const modelOutputs = (id: string) => ({ book: `${id}.json`, bookId: 'book-id.txt' });

export const builders = [
  {
    name: 'pdf',
    package: '@book/build-pdf',
    /** The CLI, relative to the repository root; `--book <out folder> --out <out folder>`. */
    cli: 'packages/build-pdf/lib/cli.js',
    outputs: (id: string) => ({ pdf: `${id}.pdf`, booklet: `${id}.booklet.pdf`, pageMap: `${id}.pagemap.json` }),
  },
  {
    name: 'epub',
    package: '@book/build-epub',
    cli: 'packages/build-epub/lib/cli.js',
    outputs: (id: string) => ({ epub: `${id}.epub` }),
  },
  {
    name: 'anki',
    package: '@book/build-anki',
    /** Reads the PDF's page map beside the Book, so it runs after the PDF builder. */
    cli: 'packages/build-anki/lib/cli.js',
    outputs: (id: string) => ({ apkg: `${id}.apkg`, ledger: `${id}.anki-ledger.json` }),
  },
] as const;

export type BuilderName = (typeof builders)[number]['name'];

/** Every file name a full build writes for book `id`, model first. */
export function allOutputNames(id: string): string[] {
  return [modelOutputs(id), ...builders.map((b) => b.outputs(id))].flatMap((names) => Object.values(names));
}

export function builder<Name extends BuilderName>(name: Name): Extract<(typeof builders)[number], { name: Name }> {
  return builders.find((b) => b.name === name) as Extract<(typeof builders)[number], { name: Name }>;
}
