#!/usr/bin/env node
import { readFileSync, writeFileSync } from 'node:fs';
import { withSchemaReference } from '../docs/schema-reference.js';

const path = process.argv[2] ?? '../../README.md';
writeFileSync(path, withSchemaReference(readFileSync(path, 'utf8')));
process.stdout.write(`${path}: schema reference updated\n`);
