// NER evaluation: runs extractEntities over the CoNLL++ dev documents and scores them with
// the shared scorer. Usage: npx tsx eval/ner.ts   (EVAL_DATA=<dir> overrides ../shared/eval)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractEntities } from '../src/nlp/entities.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = resolve(process.env['EVAL_DATA'] ?? join(root, '..', 'shared', 'eval'));
const scorer = join(evalDir, 'score.mjs');
const conll = join(evalDir, 'ner', 'conllpp_dev.txt');

const input = execFileSync('node', [scorer, 'ner-input', '--conll', conll], {
  encoding: 'utf8',
  maxBuffer: 1 << 28,
});
const docs = input
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { id: string; text: string });

const t0 = performance.now();
let chars = 0;
const lines = docs.map((d) => {
  chars += d.text.length;
  const entities = extractEntities(d.text).map(({ start, end, type }) => ({ start, end, type }));
  return JSON.stringify({ id: d.id, entities });
});
const coldMs = performance.now() - t0; // includes loading the gazetteers and JIT warm-up
const t1 = performance.now();
for (const d of docs) extractEntities(d.text);
const ms = performance.now() - t1;

const pred = join(mkdtempSync(join(tmpdir(), 'ner-eval-')), 'pred.jsonl');
writeFileSync(pred, lines.join('\n') + '\n');
const out = execFileSync('node', [scorer, 'ner', '--conll', conll, '--pred', pred], { encoding: 'utf8' });
process.stdout.write(out);
const scores = JSON.parse(out.trim().split('\n').pop() ?? '{}') as Record<string, { f1?: number }>;
console.log(
  JSON.stringify({
    eval: 'ner',
    docs: docs.length,
    PER_f1: scores['PER']?.f1,
    ORG_f1: scores['ORG']?.f1,
    LOC_f1: scores['LOC']?.f1,
    cold_ms: Math.round(coldMs),
    warm_ms: Math.round(ms),
    us_per_1000_chars: Math.round((ms * 1e6) / chars),
  }),
);
