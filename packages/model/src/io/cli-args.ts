import { parseArgs } from 'node:util';

/** Parse `--name value` options of a build command; unknown options are a usage error, not a crash. */
export function cliOptions<const Names extends string>(names: readonly Names[], argv = process.argv.slice(2)): Record<Names, string | undefined> {
  const options = Object.fromEntries(names.map((name) => [name, { type: 'string' as const }]));
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values as Record<Names, string | undefined>;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\nOptions: ${names.map((n) => `--${n} <value>`).join(' ')}\n`);
    process.exit(2);
  }
}
