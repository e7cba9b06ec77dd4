// Runs `newsbrief cluster --jsonl` on the shared clustering sets (exactly as the held-out checks do) and prints
// B-cubed (score.mjs) next to the anchors.
// Usage: npx tsx eval/clustering.ts [--sweep]   (EVAL_DATA=/path/to/eval overrides /work/shared/eval)
// --sweep: also the threshold's sensitivity, the same index in process at thresholds around the default.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EVENT_THRESHOLD, EventIndex } from '../briefings/event-index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const evalDir = process.env['EVAL_DATA'] ?? '/work/shared/eval';
const sets = [
  { name: 'ECB+', docs: 'ecbplus-docs.jsonl', gold: 'ecbplus-gold.jsonl', anchor: 86.3 },
  { name: 'Multi-News', docs: 'multinews-validation-docs.jsonl', gold: 'multinews-validation-gold.jsonl', anchor: 83.1 },
];
const out = mkdtempSync(join(tmpdir(), 'newsbrief-clustering-'));
const SWEEP = [0.08, 0.1, 0.12, EVENT_THRESHOLD, 0.16, 0.18, 0.2];

function bcubed(gold: string, predPath: string): { precision: number; recall: number; f1: number } {
  return JSON.parse(execFileSync('node', [join(evalDir, 'score.mjs'), 'bcubed', '--gold', gold, '--pred', predPath], { encoding: 'utf8' })) as {
    precision: number;
    recall: number;
    f1: number;
  };
}

/** F1 at each SWEEP threshold, the index run in process (as `cluster` runs it, file order, undated). */
function sweep(docsPath: string, gold: string, name: string): string {
  const docs = readFileSync(docsPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { id: string | number; text: string; title?: string });
  return SWEEP.map((threshold) => {
    const index = new EventIndex({ threshold });
    index.addAll(docs.map((d) => ({ id: String(d.id), text: d.text, title: d.title })));
    const predPath = join(out, `${name}-${threshold}.pred.jsonl`);
    writeFileSync(predPath, docs.map((d) => JSON.stringify({ id: d.id, cluster: String(index.eventOf(String(d.id))) })).join('\n') + '\n');
    return `${threshold}: ${bcubed(gold, predPath).f1}`;
  }).join(' · ');
}

for (const set of sets) {
  const docsPath = join(evalDir, 'clustering', set.docs);
  if (!existsSync(docsPath)) {
    console.log(`${set.name}: ${docsPath} not found, skipped`);
    continue;
  }
  const started = performance.now();
  const pred = execFileSync('node', ['--import', 'tsx', 'src/run-cli.ts', 'cluster', '--jsonl', docsPath], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    // No store is opened by `cluster`; a memory store keeps a stray one away from the real one all the same.
    env: { ...process.env, STORE_URL: 'memory://' },
  });
  const ms = performance.now() - started;
  const predPath = join(out, `${set.docs.replace('-docs', '')}.pred.jsonl`);
  writeFileSync(predPath, pred);
  const docs = readFileSync(docsPath, 'utf8').split('\n').filter((line) => line.trim()).length;
  const clusters = new Set(pred.split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { cluster: string }).cluster)).size;
  const gold = join(evalDir, 'clustering', set.gold);
  const score = bcubed(gold, predPath);
  console.log(`${set.name}: ${docs} docs → ${clusters} events in ${(ms / 1000).toFixed(1)} s; B-cubed F1 ${score.f1} (anchor: TF-IDF single pass tuned on the data ${set.anchor}; bar ≥ 90)`);
  console.log(JSON.stringify(score));
  if (process.argv.includes('--sweep')) console.log(`  threshold sweep (F1; default ${EVENT_THRESHOLD}): ${sweep(docsPath, gold, set.name)}`);
}
