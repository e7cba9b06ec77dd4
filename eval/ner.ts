// NER evaluation: runs the real CLI (`newsbrief entities --jsonl FILE`) over the CoNLL++ dev documents
// and scores them with the shared scorer, on the whole file and on its two halves (first and second
// half of the documents, in file order). Rules are developed looking at errors in half A only; half B
// is the "held-out style" figure, and the A − B gap shows over-fitting.
// Usage: npx tsx eval/ner.ts   (EVAL_DATA=<dir> overrides ../shared/eval)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = resolve(process.env['EVAL_DATA'] ?? join(root, '..', 'shared', 'eval'));
const scorer = join(evalDir, 'score.mjs');
const conll = join(evalDir, 'ner', 'conllpp_dev.txt');
const work = mkdtempSync(join(tmpdir(), 'ner-eval-'));

const predLine = z.object({
  id: z.union([z.string(), z.number()]),
  entities: z.array(z.object({ start: z.number(), end: z.number(), type: z.string() })),
});
const scoreLine = z.record(z.string(), z.unknown());
const typeScore = z.object({ precision: z.number(), recall: z.number(), f1: z.number() }).partial();

const node = (args: string[]): string =>
  execFileSync('node', args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });

/** Documents of a CoNLL file as text chunks (each starting at -DOCSTART-), empty ones dropped as the scorer does. */
function conllChunks(path: string): string[] {
  const chunks = readFileSync(path, 'utf8').split(/^(?=-DOCSTART-)/mu);
  return chunks.filter((c) => c.split('\n').some((l) => l.trim() && !l.startsWith('-DOCSTART-')));
}

/** Scores predictions (keyed by whole-file doc index) on the documents [from, to) of the file. */
function score(chunks: string[], preds: Map<number, string>, from: number, to: number): Record<string, unknown> {
  const file = join(work, `part-${from}-${to}.txt`);
  writeFileSync(file, chunks.slice(from, to).join(''));
  const pred = join(work, `pred-${from}-${to}.jsonl`);
  const lines: string[] = [];
  for (let i = from; i < to; i++) lines.push(JSON.stringify({ id: `doc-${i - from}`, entities: JSON.parse(preds.get(i) ?? '[]') as unknown }));
  writeFileSync(pred, lines.join('\n') + '\n');
  const out = node([scorer, 'ner', '--conll', file, '--pred', pred]);
  return scoreLine.parse(JSON.parse(out.trim().split('\n').pop() ?? '{}'));
}

const f1 = (s: Record<string, unknown>, type: string): number | undefined => typeScore.parse(s[type] ?? {}).f1;

const input = join(work, 'docs.jsonl');
writeFileSync(input, node([scorer, 'ner-input', '--conll', conll]));
const chars = readFileSync(input, 'utf8').length;

const t0 = performance.now();
const cliOut = node(['--import', 'tsx', 'src/run-cli.ts', 'entities', '--jsonl', input]);
const cliMs = performance.now() - t0; // includes starting node + tsx and loading the gazetteers

const preds = new Map<number, string>();
for (const line of cliOut.split('\n')) {
  if (!line.trim()) continue;
  const p = predLine.parse(JSON.parse(line));
  const id = Number(String(p.id).replace(/^doc-/u, ''));
  preds.set(id, JSON.stringify(p.entities.map(({ start, end, type }) => ({ start, end, type }))));
}

const chunks = conllChunks(conll);
const half = Math.ceil(chunks.length / 2);
const whole = score(chunks, preds, 0, chunks.length);
const a = score(chunks, preds, 0, half);
const b = score(chunks, preds, half, chunks.length);
process.stdout.write(`${JSON.stringify(whole)}\n`);
const row = (name: string, s: Record<string, unknown>): string =>
  `${name.padEnd(22)} PER ${String(f1(s, 'PER')).padStart(5)}  ORG ${String(f1(s, 'ORG')).padStart(5)}  LOC ${String(f1(s, 'LOC')).padStart(5)}`;
console.log(row(`whole dev (${chunks.length} docs)`, whole));
console.log(row(`half A (docs 0-${half - 1})`, a));
console.log(row(`half B (docs ${half}-${chunks.length - 1})`, b));
const gap = (t: string): number => Math.round(((f1(a, t) ?? 0) - (f1(b, t) ?? 0)) * 10) / 10;
console.log(
  JSON.stringify({
    eval: 'ner',
    docs: chunks.length,
    PER_f1: f1(whole, 'PER'),
    ORG_f1: f1(whole, 'ORG'),
    LOC_f1: f1(whole, 'LOC'),
    heldout_style: { half: 'B', PER_f1: f1(b, 'PER'), ORG_f1: f1(b, 'ORG'), LOC_f1: f1(b, 'LOC') },
    gap_A_minus_B: { PER: gap('PER'), ORG: gap('ORG'), LOC: gap('LOC') },
    cli_ms: Math.round(cliMs),
    cli_us_per_1000_chars: Math.round((cliMs * 1e6) / chars),
  }),
);
