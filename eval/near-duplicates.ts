// How often the wire-copy detector (src/articles/near-duplicate.ts) joins articles of DIFFERENT events on the shared
// clustering sets, and how often it joins two reports of one event (Multi-News and ECB+ events are told by several
// outlets in their own words, so most same-event pairs are not wire copies; a joined one is printed to check by eye).
// Multi-News also holds non-articles ("Tweet with a location", Internet Archive crawl notices), the same text under
// many events, alone or inside a 404 page: the extraction step refuses those, so pairs of them are counted apart.
// Usage: npx tsx eval/near-duplicates.ts   (EVAL_DATA=/path/to/eval overrides ../shared/eval)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createNearDuplicateIndex, NEAR_DUPLICATE_THRESHOLD } from '../src/articles/near-duplicate.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = process.env['EVAL_DATA'] ?? resolve(root, '..', 'shared', 'eval');
const threshold = process.env['NEAR_DUP_THRESHOLD'] ? Number(process.env['NEAR_DUP_THRESHOLD']) : NEAR_DUPLICATE_THRESHOLD;
const SETS = [
  { name: 'Multi-News', docs: 'multinews-validation-docs.jsonl', gold: 'multinews-validation-gold.jsonl' },
  { name: 'ECB+', docs: 'ecbplus-docs.jsonl', gold: 'ecbplus-gold.jsonl' },
];

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

function evaluate(set: (typeof SETS)[number]): void {
  const docsPath = join(evalDir, 'clustering', set.docs);
  if (!existsSync(docsPath)) {
    console.log(`${set.name}: ${docsPath} not found, skipped`);
    return;
  }
  const docs = readJsonl<{ id: string; text: string }>(docsPath);
  const event = new Map(readJsonl<{ id: string; cluster: string }>(join(evalDir, 'clustering', set.gold)).map((g) => [g.id, g.cluster]));
  const index = createNearDuplicateIndex({ threshold });
  // A text that appears verbatim under two or more events is a site notice, not an article; so is a doc holding one.
  const eventsOfText = new Map<string, Set<string>>();
  for (const doc of docs) eventsOfText.set(doc.text.trim(), (eventsOfText.get(doc.text.trim()) ?? new Set()).add(event.get(doc.id) ?? ''));
  const notices = [...eventsOfText].filter(([, events]) => events.size > 1).map(([text]) => text);
  const isNotice = new Set(docs.filter((doc) => notices.some((notice) => doc.text.includes(notice))).map((doc) => doc.id));
  let noticePairs = 0;
  let crossPairs = 0;
  let samePairs = 0;
  let falsePairs = 0;
  let joinedSame = 0;
  const started = performance.now();
  for (const [n, doc] of docs.entries()) {
    for (const match of index.find(doc.text)) {
      if (event.get(match.id) === event.get(doc.id)) {
        joinedSame++;
        console.log(`  same event, joined: ${match.id} ~ ${doc.id} (similarity ${match.similarity.toFixed(2)})`);
      } else if (isNotice.has(match.id) && isNotice.has(doc.id)) {
        noticePairs++;
      } else {
        falsePairs++;
        console.log(`  DIFFERENT events, joined: ${match.id} ~ ${doc.id} (similarity ${match.similarity.toFixed(2)})`);
      }
    }
    for (const other of docs.slice(0, n)) {
      if (event.get(other.id) === event.get(doc.id)) samePairs++;
      else crossPairs++;
    }
    index.add(doc.id, doc.text);
  }
  const ms = performance.now() - started;
  const rate = crossPairs ? falsePairs / crossPairs : 0;
  console.log(
    `${set.name}: ${docs.length} docs, threshold ${threshold}, ${ms.toFixed(0)} ms. Different-event pairs joined: ` +
      `${falsePairs} of ${crossPairs} (false-positive rate ${rate.toExponential(1)}), plus ${noticePairs} pairs of identical ` +
      `site notices (${isNotice.size} docs). Same-event pairs joined: ${joinedSame} of ${samePairs}.`,
  );
}

SETS.forEach(evaluate);
