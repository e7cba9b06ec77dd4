// Runs the same-event clusterer on the shared clustering sets and prints B-cubed (score.mjs) next to the anchors.
// Usage: npx tsx eval/clustering.ts   (EVAL_DATA=/path/to/eval overrides /work/shared/eval)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clusterDocuments } from '../briefings/cluster.js';

const evalDir = process.env['EVAL_DATA'] ?? '/work/shared/eval';
const sets = [
  { name: 'ECB+', docs: 'ecbplus-docs.jsonl', gold: 'ecbplus-gold.jsonl', anchor: 86.3 },
  { name: 'Multi-News', docs: 'multinews-validation-docs.jsonl', gold: 'multinews-validation-gold.jsonl', anchor: 83.1 },
];
const threshold = process.env['CLUSTER_THRESHOLD'] ? Number(process.env['CLUSTER_THRESHOLD']) : undefined;
const leadWords = process.env['CLUSTER_LEAD_WORDS'] ? Number(process.env['CLUSTER_LEAD_WORDS']) : undefined;
const out = mkdtempSync(join(tmpdir(), 'newsbrief-clustering-'));

for (const set of sets) {
  const docsPath = join(evalDir, 'clustering', set.docs);
  if (!existsSync(docsPath)) {
    console.log(`${set.name}: ${docsPath} not found, skipped`);
    continue;
  }
  const docs = readFileSync(docsPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { id: string; text: string });
  // Raw text has no separate title: the first line stands in for it when it is short (Multi-News starts with one).
  const inputs = docs.map((d) => {
    const firstLine = d.text.split('\n')[0]?.trim() ?? '';
    const title = firstLine.split(/\s+/).length <= 20 ? firstLine : '';
    const text = title ? d.text.slice(firstLine.length) : d.text;
    // EVAL_ENTITIES=1: crude stand-in for the record's entities (multi-word capitalised phrases), to exercise that path.
    const entities = process.env['EVAL_ENTITIES'] ? [...new Set(text.match(/\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+/g) ?? [])] : undefined;
    return { id: d.id, title, text, ...(entities ? { entities } : {}) };
  });
  const started = performance.now();
  const clusters = clusterDocuments(inputs, { ...(threshold === undefined ? {} : { threshold }), ...(leadWords === undefined ? {} : { leadWords }) });
  const ms = performance.now() - started;
  const predPath = join(out, `${set.docs.replace('-docs', '')}.pred.jsonl`);
  const lines = clusters.flatMap((c, i) => c.ids.map((id) => JSON.stringify({ id, cluster: `c${i}` })));
  writeFileSync(predPath, lines.join('\n') + '\n');
  const score = execFileSync('node', [join(evalDir, 'score.mjs'), 'bcubed', '--gold', join(evalDir, 'clustering', set.gold), '--pred', predPath], {
    encoding: 'utf8',
  });
  console.log(`${set.name}: ${docs.length} docs → ${clusters.length} clusters in ${ms.toFixed(0)} ms (anchor F1 ${set.anchor})`);
  console.log(score.trim());
}
