// `npm run eval`: runs every evaluation section the code supports, each printing its figures
// next to the anchors from ../shared/eval/README.md. EVAL_DATA overrides the data folder.
// `npm run eval -- ner` runs one section.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = process.env.EVAL_DATA ?? resolve(root, '..', 'shared', 'eval');
const SECTIONS = ['ner', 'roles', 'who', 'clustering', 'summarization', 'feeds', 'extraction', 'near-duplicates', 'qa'] as const;

if (!existsSync(join(dataDir, 'score.mjs'))) {
  process.stderr.write(`No evaluation data at ${dataDir} (score.mjs missing). Set EVAL_DATA to the eval folder.\n`);
  process.exit(2);
}
const wanted = process.argv.slice(2);
const sections = wanted.length ? SECTIONS.filter((s) => wanted.includes(s)) : SECTIONS;
let failed = 0;
for (const section of sections) {
  process.stdout.write(`\n=== ${section} ===\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'eval', `${section}.ts`)], {
    stdio: 'inherit',
    env: { ...process.env, EVAL_DATA: dataDir },
  });
  if (result.status !== 0) {
    failed++;
    process.stdout.write(`(${section} failed with exit code ${result.status})\n`);
  }
}
process.exitCode = failed ? 1 : 0;
