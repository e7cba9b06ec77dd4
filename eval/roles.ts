// Roles of people: recall of gold (person, title) pairs and precision of predicted ones, on sentences written for
// this project (eval/data/roles-dev.jsonl, tuned on; roles-test.jsonl, written first and held out).
// Matching rule: a predicted pair counts when its person is the gold person (the same surname, one name's words
// inside the other's) and its title, normalised (lower case, no dots, no "the", no possessive 's), equals the gold
// title or contains it as a run of words with at most 2 extra words. A role on a person with no gold title
// (a film character, a book title, a quote, no role at all) is a false positive.
// Usage: npx tsx eval/roles.ts   ROLES_SHOW=dev prints the dev errors (never tune on test).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { extractArticleEntities } from '../src/nlp/entities.js';
import { normalizeName } from '../src/nlp/names.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const lineSchema = z.object({ text: z.string(), roles: z.array(z.tuple([z.string(), z.string()])) });
const MAX_EXTRA_WORDS = 2;

const titleWords = (t: string): string[] =>
  t
    .toLowerCase()
    .replace(/['’]s\b/gu, '')
    .replace(/\./gu, '')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w && w !== 'the');

/** The gold title's words occur, in order and together, in the predicted title, with ≤ MAX_EXTRA_WORDS more. */
function titleMatches(predicted: string, gold: string): boolean {
  const p = titleWords(predicted);
  const g = titleWords(gold);
  if (!g.length || p.length - g.length > MAX_EXTRA_WORDS) return false;
  for (let i = 0; i + g.length <= p.length; i++) if (g.every((w, j) => p[i + j] === w)) return true;
  return false;
}

function samePerson(predicted: string, gold: string): boolean {
  const p = normalizeName(predicted).split(' ');
  const g = normalizeName(gold).split(' ');
  if (p[p.length - 1] !== g[g.length - 1]) return false;
  const [short, long] = p.length <= g.length ? [p, g] : [g, p];
  return short.every((w) => long.includes(w));
}

function score(file: string, show: boolean) {
  const lines = readFileSync(join(root, 'eval', 'data', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => lineSchema.parse(JSON.parse(l)));
  let gold = 0;
  let found = 0;
  let predicted = 0;
  let correct = 0;
  for (const { text, roles } of lines) {
    const pairs = new Map<string, { person: string; role: string }>();
    for (const m of extractArticleEntities([text])) {
      if (m.type === 'PERSON' && m.role) pairs.set(`${normalizeName(m.name)}\u0000${titleWords(m.role).join(' ')}`, { person: m.name, role: m.role });
    }
    const hits = new Set<number>();
    for (const p of pairs.values()) {
      predicted++;
      const g = roles.findIndex(([person, title]) => samePerson(p.person, person) && titleMatches(p.role, title));
      if (g >= 0) {
        correct++;
        hits.add(g);
      } else if (show) console.log(`  FP  ${p.person} = "${p.role}"  | ${text}`);
    }
    gold += roles.length;
    found += hits.size;
    if (show) roles.forEach(([person, title], i) => hits.has(i) || console.log(`  FN  ${person} = "${title}"  | ${text}`));
  }
  const pct = (a: number, b: number) => (b ? Math.round((1000 * a) / b) / 10 : 0);
  return { sentences: lines.length, gold, recall: pct(found, gold), predicted, precision: pct(correct, predicted) };
}

const show = process.env['ROLES_SHOW'];
const dev = score('roles-dev.jsonl', show === 'dev');
const test = score('roles-test.jsonl', show === 'test');
console.log(`dev:  ${dev.gold} gold pairs in ${dev.sentences} sentences: recall ${dev.recall}%, precision ${dev.precision}% (${dev.predicted} predicted)`);
console.log(`test: ${test.gold} gold pairs in ${test.sentences} sentences: recall ${test.recall}%, precision ${test.precision}% (${test.predicted} predicted)`);
console.log('bar: recall ≥ 60% at precision ≥ 90%');
console.log(JSON.stringify({ eval: 'roles', dev, test, gap: Math.round((dev.recall - test.recall) * 10) / 10 }));
