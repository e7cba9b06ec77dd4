// Runs the extractive summariser on the shared Multi-News events (≤ 80 words each) and prints ROUGE (score.mjs)
// next to the Lead-3 anchor. Usage: npx tsx eval/summarization.ts   (EVAL_DATA overrides /work/shared/eval)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summarizeExtractive } from '../src/nlp/summarize-extractive.js';

const evalDir = process.env['EVAL_DATA'] ?? '/work/shared/eval';
const docsPath = join(evalDir, 'summarization', 'multinews-validation.jsonl');
const refPath = join(evalDir, 'summarization', 'multinews-validation-ref.jsonl');
const WORDS = 80;

if (!existsSync(docsPath)) {
  console.log(`${docsPath} not found, skipped`);
  process.exit(0);
}
const events = readFileSync(docsPath, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as { id: string; documents: string[] });

const started = performance.now();
const predictions = events.map((event) => {
  // Raw article text: paragraphs are separated by blank lines (Multi-News uses " \n \n ").
  const docs = event.documents.map((text) => ({ paragraphs: text.split(/\s*\n\s*\n\s*/).filter((p) => p.trim()) }));
  const sentences = summarizeExtractive(docs, { maxSentences: 3, maxWords: WORDS });
  return { id: event.id, summary: sentences.join(' ') };
});
const ms = performance.now() - started;
const out = mkdtempSync(join(tmpdir(), 'newsbrief-summarization-'));
const predPath = join(out, 'pred.jsonl');
writeFileSync(predPath, predictions.map((p) => JSON.stringify(p)).join('\n') + '\n');
const score = execFileSync('node', [join(evalDir, 'score.mjs'), 'rouge', '--ref', refPath, '--pred', predPath, '--words', String(WORDS)], {
  encoding: 'utf8',
});
console.log(`Multi-News: ${events.length} events summarised in ${ms.toFixed(0)} ms (≤ 3 sentences, ≤ ${WORDS} words)`);
console.log('extractive (centroid + lead bias):', score.trim());
console.log('anchor Lead-3 of the first article: R1 23.9, R2 7.4, RL 13.4');
