// The CLI as users run it (bin/newsbrief.mjs): tsc's dist/src bundled by esbuild into dist/cli, our ~180
// modules and zod's ~95 in a few chunks instead of ~275 files. A cold `newsbrief who X` spends most of its
// time in Node's ESM loader resolving, reading and linking modules; bundled, it uses about a quarter less
// CPU (bench/cold-start.ts). Every other package stays external, as npm installed it: grammY, BullMQ, openai and
// the parsers are still loaded only by the commands that use them (each dynamic import() becomes its own chunk),
// CommonJS packages keep their own require(), and sqlite3 is native. Run by `npm run build`.
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
/** Pure ESM, needed by every command, and cheap to inline. */
const INLINED = new Set(['zod']);
const external = Object.keys(pkg.dependencies).filter((name) => !INLINED.has(name)).flatMap((name) => [name, `${name}/*`]);

const outdir = join(root, 'dist', 'cli');
rmSync(outdir, { recursive: true, force: true });
await build({
  // The worker is its own entry: off-thread-build.ts starts it as new URL('./build-worker.js', import.meta.url),
  // and with flat names it sits next to the chunk that holds that code.
  entryPoints: [join(root, 'dist', 'src', 'run-cli.js'), join(root, 'dist', 'src', 'inbox', 'build-worker.js')],
  entryNames: '[name]',
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  // Stack traces map back to src/ with node --enable-source-maps.
  sourcemap: 'linked',
  logLevel: 'warning',
});
