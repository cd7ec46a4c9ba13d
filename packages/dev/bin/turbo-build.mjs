#!/usr/bin/env node
// `npm run build` (root): `turbo run build` with any extra arguments, as run-turbo.mjs shows it.
import { runTurbo } from './run-turbo.mjs';

process.exit(await runTurbo('build', process.argv.slice(2)));
