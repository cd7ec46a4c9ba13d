#!/usr/bin/env node
// `npm run validate` (root): `turbo run validate` with any extra arguments, as run-turbo.mjs shows it.
import { runTurbo } from './run-turbo.mjs';

process.exit(await runTurbo('validate', process.argv.slice(2)));
