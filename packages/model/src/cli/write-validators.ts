#!/usr/bin/env node
// Part of `npm run compile`: writes lib/validate/validators.cjs, the schemas compiled ahead of time (see validate/schemas.ts).
import { writeFileSync } from 'node:fs';
import { validatorsModule } from '../validate/compile.js';

writeFileSync(new URL('../validate/validators.cjs', import.meta.url), validatorsModule());
