#!/usr/bin/env node
// Runs the compiled CLI (npm ci builds dist/ through the prepare script): the bundle in dist/cli
// (scripts/bundle-cli.mjs; it starts faster) when it is at least as new as tsc's dist/src, else dist/src
// itself, so a bare `tsc` rebuild never leaves the CLI running stale code.
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const compiled = join(root, 'dist', 'src', 'run-cli.js');
const bundled = join(root, 'dist', 'cli', 'run-cli.js');
if (!existsSync(compiled)) {
  process.stderr.write('newsbrief is not built yet: run `npm ci` (or `npm run build`) first.\n');
  process.exit(2);
}
const fresh = existsSync(bundled) && statSync(bundled).mtimeMs >= statSync(compiled).mtimeMs;
await import(fresh ? bundled : compiled);
