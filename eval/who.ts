// /who on real multi-outlet news: feeds the first N Multi-News events through the real pipeline (clean → record →
// people index, in a temporary sqlite store), then prints the most-mentioned people as /who shows them, with
// automatic checks. The hand check (is each card fully right?) is done by reading this output.
// Usage: npx tsx eval/who.ts   WHO_EVENTS=30 (events read) · WHO_SKIP=0 (events skipped first: another sample) · WHO_TOP=20
// (cards shown) · EVAL_DATA overrides ../shared/eval
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { openApp } from '../src/app.js';
import { fixedClock } from '../src/clock.js';
import { parseConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import { gazKey, isCountry, isPlace } from '../src/nlp/gazetteer-index.js';
import { KNOWN_ORGS, ORG_HEADS, ORG_TAILS } from '../src/nlp/gazetteer-orgs.js';
import { givenNamesCompatible, normalizeName } from '../src/nlp/names.js';
import type { PersonProfile } from '../src/people/person-profile.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = resolve(process.env['EVAL_DATA'] ?? join(root, '..', 'shared', 'eval'));
const docsPath = join(evalDir, 'summarization', 'multinews-validation.jsonl');
const EVENTS = Number(process.env['WHO_EVENTS'] ?? 30);
const TOP = Number(process.env['WHO_TOP'] ?? 20);
const SKIP = Number(process.env['WHO_SKIP'] ?? 0);

/** Words that name buildings and institutions, not people ("White House", "Elysee Palace"). */
const FACILITY = new Set('house palace observatory hall tower square street avenue bridge airport station stadium park center centre'.split(' '));

if (!existsSync(docsPath)) {
  console.log(`${docsPath} not found, skipped`);
  process.exit(0);
}
const eventSchema = z.object({ id: z.string(), documents: z.array(z.string()) });
const events = readFileSync(docsPath, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .slice(SKIP, SKIP + EVENTS)
  .map((line) => eventSchema.parse(JSON.parse(line)));

const dir = mkdtempSync(join(tmpdir(), 'newsbrief-who-eval-'));
const app = await openApp(parseConfig({ STORE_URL: `sqlite://${join(dir, 'who.sqlite')}` }), {
  logger: silentLogger,
  clock: fixedClock(new Date('2026-11-27T09:00:00.000Z')),
});
try {
  const inputs = events.flatMap((e, i) =>
    e.documents.map((text, d) => ({ name: `e${i}-d${d}.txt`, bytes: new TextEncoder().encode(text) })),
  );
  const results = await app.ingestor.ingest(inputs);
  const stored = results.filter((r) => r.status === 'stored').length;
  const records = await app.articles.getMany(await app.articles.idsIngestedSince(new Date(0)));

  // Every distinct person name the records hold, looked up as a user would; one card per person found.
  const names = [...new Set(records.flatMap((r) => r.entities.filter((m) => m.type === 'PERSON').map((m) => m.name)))];
  const cards = new Map<string, PersonProfile>();
  for (const name of names) {
    const { person } = await app.people.lookup(name);
    if (!person) continue;
    cards.set(person.id, person);
  }
  const top = [...cards.values()].sort((a, b) => b.articleCount - a.articleCount || a.name.localeCompare(b.name)).slice(0, TOP);

  console.log(`${events.length} events, ${inputs.length} documents, ${stored} stored, ${records.length} records, ${cards.size} people`);
  let flagged = 0;
  const texts = records.map((r) => ` ${normalizeName([r.title, ...r.paragraphs].join(' '))} `);
  top.forEach((p, i) => {
    const problems = [...mergedGivenNames(p), ...notPersonLike(p.name)];
    if (problems.length) flagged++;
    // How many stored records use the surname at all: an upper bound for the count (two people may share it).
    const surname = normalizeName(p.name.trim().split(/\s+/u).pop() ?? '');
    const naming = texts.filter((t) => t.includes(` ${surname} `)).length;
    console.log(`\n#${i + 1} ${p.name}  (${p.articleCount} articles; ${naming} records use "${surname}")${problems.length ? `  !! ${problems.join('; ')}` : ''}`);
    if (p.aliases.length) console.log(`   aliases: ${p.aliases.join(' | ')}`);
    if (p.roles.length) console.log(`   roles: ${p.roles.map((r) => r.role).join(' | ')}`);
    for (const f of p.facts) console.log(`   fact${mentions(p, f.text) ? '' : ' (does not name them)'}: ${f.text}`);
  });
  console.log(`\n${JSON.stringify({ eval: 'who', events: events.length, people: cards.size, shown: top.length, flagged })}`);
} finally {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
}

/** Multi-word forms whose given names cannot be one person's ("Quincy Jones" and "Alex Jones" on one card). */
function mergedGivenNames(p: PersonProfile): string[] {
  // Written words: "Ben-Zvi" is one word (a surname), "Yitzhak Ben-Zvi" two.
  const given = [...new Set([p.name, ...p.aliases].map((n) => n.trim().split(/\s+/u)).filter((t) => t.length >= 2).map((t) => normalizeName(t[0]!)))];
  const out: string[] = [];
  for (let i = 0; i < given.length; i++)
    for (let j = i + 1; j < given.length; j++) if (!givenNamesCompatible(given[i]!, given[j]!)) out.push(`merged given names ${given[i]}/${given[j]}`);
  return out;
}

function notPersonLike(name: string): string[] {
  const tokens = name.split(/\s+/);
  const key = gazKey(name);
  const last = gazKey(tokens[tokens.length - 1] ?? '');
  const out: string[] = [];
  if (tokens.length === 1) out.push('one-word name');
  if (isPlace(key) || isCountry(key)) out.push('a place');
  if (KNOWN_ORGS.has(key) || ORG_TAILS.has(last) || ORG_HEADS.has(gazKey(tokens[0] ?? ''))) out.push('an organisation');
  if (FACILITY.has(last)) out.push('a building');
  return out;
}

/** The fact names the person by one of their forms' last words (their surname) or a full form. */
function mentions(p: PersonProfile, text: string): boolean {
  const t = ` ${normalizeName(text)} `;
  return [p.name, ...p.aliases].some((n) => {
    const ws = normalizeName(n).split(' ');
    return t.includes(` ${normalizeName(n)} `) || t.includes(` ${ws[ws.length - 1]} `);
  });
}
