#!/usr/bin/env node
// Runs the compiled CLI (npm ci builds dist/ through the prepare script).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'dist', 'src', 'run-cli.js');
if (!existsSync(entry)) {
  process.stderr.write('newsbrief is not built yet: run `npm ci` (or `npm run build`) first.\n');
  process.exit(2);
}
await import(entry);
