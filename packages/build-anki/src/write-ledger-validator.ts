#!/usr/bin/env node
// Part of `npm run compile`: writes lib/deck/ledger-validator.cjs, the ledger's schema compiled ahead of time.
import { writeFileSync } from 'node:fs';
import { ledgerValidatorModule } from './deck/ledger-compile.js';

writeFileSync(new URL('./deck/ledger-validator.cjs', import.meta.url), ledgerValidatorModule());
