// Deterministic raw scraped-text articles in the style of samples/000_seed-belarus.txt:
// repeated title lines, an "Image from <Outlet>" credit, 4–6 paragraphs of templated news prose
// with people and their roles, places, organisations and dates, then a disclaimer line.
import { createNamePool, fullName, variantName, type NamePool, type Person } from './name-pool.js';
import { createOpenCast, OPEN_CAST_SHARE } from './open-cast.js';
import { createRng, intBetween, pick, type Rng } from './prng.js';
import { createEventCorpus } from './realistic-events.js';

export const GENERATOR_DESCRIPTION =
  'mulberry32-seeded templates: 4-6 paragraphs, 2-4 people per article drawn Zipf(s=1) from a pool of ' +
  'full names (first x last lists, ~15% transliterated spellings), roles, places, organisations, dated "today, <Month> <d>, <yyyy>"';

const OUTLETS = ['AP News', 'Reuters', 'Baltic Observer', 'Vilnius Daily Wire', 'Warsaw Ledger', 'Nordic Times', 'Kyiv Courier', 'Riga Herald'];
const PLACES = ['Vilnius', 'Riga', 'Tallinn', 'Warsaw', 'Kyiv', 'Minsk', 'Berlin', 'Brussels', 'Helsinki', 'Stockholm', 'Prague', 'Vienna'];
const COUNTRIES = ['Lithuania', 'Latvia', 'Estonia', 'Poland', 'Ukraine', 'Belarus', 'Germany', 'Finland', 'Sweden'];
const ORGS = ['NATO', 'the European Union', 'the United Nations', 'the World Bank', 'the European Central Bank', 'the IMF', 'the OSCE', 'the Council of Europe'];
const ROLES_BEFORE = ['Foreign Minister', 'Finance Minister', 'Prime Minister', 'President', 'Defence Minister', 'opposition leader', 'Interior Minister', 'central bank governor'];
const ROLES_AFTER = ['the finance minister', 'the foreign minister', 'a government spokesman', 'the mayor of the capital', 'a senior diplomat', 'the energy minister', 'an opposition lawmaker'];
const TOPICS = ['sanctions', 'energy prices', 'border security', 'grain exports', 'interest rates', 'rail links', 'military drills', 'election rules', 'cyber attacks', 'refugee aid'];
const VERBS = ['said', 'told reporters', 'warned', 'argued', 'insisted', 'confirmed', 'announced'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2024, 0, 1);

export interface GeneratedArticle {
  name: string;
  text: string;
}

export const OPEN_CAST_DESCRIPTION =
  `open-ended cast: in ${OPEN_CAST_SHARE * 100}% of articles the last person named is drawn uniformly from ~1M given name x surname ` +
  'combinations (the gazetteers), so about one new person per article, next to the recurring Zipf pool';

export interface ArticleGenerator {
  pool: NamePool;
  /** Article number i (0-based); the same i always yields the same text, and different i differ. */
  article(i: number): GeneratedArticle;
  /** In the open-cast mode, the open-cast person article i names, if any (for /who queries about them). */
  openPerson(i: number): Person | undefined;
  /** In the events shape: the generated event article i reports (ground truth), and its publication time. */
  eventOf?(i: number): number;
  timeOf?(i: number): number;
}

/** 'independent' (default): every article a story of its own, templated; 'events': the realistic-events corpus. */
export type GeneratorShape = 'independent' | 'events';

/**
 * Modes: cast 'pool' (default): everyone from the pool of `people` names; 'open': plus about one new person per
 * article (per event in the events shape). shape 'events': realistic events (realistic-events.ts), whose article i
 * is planned in order, so asking for article i first costs planning the i before it.
 */
export function createArticleGenerator(
  options: { seed?: number; people?: number; cast?: 'pool' | 'open'; shape?: GeneratorShape; perDay?: number } = {},
): ArticleGenerator {
  const seed = options.seed ?? 20261127;
  const pool = createNamePool(createRng(seed), options.people ?? 3000);
  const open = options.cast === 'open' ? createOpenCast() : undefined;
  if (options.shape === 'events') {
    const corpus = createEventCorpus({ seed, pool, open, ...(options.perDay ? { perDay: options.perDay } : {}) });
    return { pool, ...corpus };
  }
  const openPerson = (i: number): Person | undefined => {
    if (!open) return undefined;
    const rng = createRng(seed ^ Math.imul(i + 7, 0x85ebca6b));
    return rng() < OPEN_CAST_SHARE ? open.draw(rng) : undefined;
  };
  return { pool, openPerson, article: (i) => buildArticle(createRng(seed ^ Math.imul(i + 1, 0x9e3779b1)), pool, i, openPerson(i)) };
}

function buildArticle(rng: Rng, pool: NamePool, i: number, newcomer: Person | undefined): GeneratedArticle {
  const cast: Person[] = [];
  const castSize = intBetween(rng, 2, 4);
  while (cast.length < castSize) {
    const p = pool.draw(rng);
    if (!cast.includes(p)) cast.push(p);
  }
  // The open cast's person takes the last place (the second person in a two-person story).
  if (newcomer) cast[cast.length - 1] = newcomer;
  // One outlet's spelling per article: some use the other romanisation throughout.
  const spelled = new Map(cast.map((p) => [p, (rng() < 0.15 && variantName(p)) || fullName(p)]));
  const full = (p: Person) => spelled.get(p)!;
  const surname = (p: Person) => full(p).split(' ').pop()!;
  const day = FIRST_DAY + (i % 900) * DAY_MS;
  const date = new Date(day);
  const when = `${WEEKDAYS[date.getUTCDay()]}, ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}`;
  const [lead, second] = [cast[0]!, cast[1]!];
  const place = pick(rng, PLACES);
  const country = pick(rng, COUNTRIES);
  const topic = pick(rng, TOPICS);
  const org = pick(rng, ORGS);
  const amount = 10 + ((i * 7919) % 990);
  const title = `${country} ${pick(rng, ['Weighs', 'Backs', 'Rejects', 'Debates', 'Delays'])} ${cap(topic)} Plan as ${surname(lead)} Meets ${org.replace(/^the /, '')} Officials (${amount})`;

  const paragraphs = [
    `${pick(rng, ROLES_BEFORE)} ${full(lead)} ${pick(rng, VERBS)} today, ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}, that ${country} would review its position on ${topic} after talks with ${org} in ${place}. The plan covers ${amount} projects and a budget of ${250_000 + i * 13} euros.`,
    `${full(second)}, ${pick(rng, ROLES_AFTER)}, ${pick(rng, VERBS)} on ${when} that the government had not yet agreed on the details, adding that ${intBetween(rng, 2, 40)} officials were still working on the text.`,
    `Speaking in ${pick(rng, PLACES)}, ${surname(lead)} ${pick(rng, VERBS)} the talks with ${org} had been ${pick(rng, ['constructive', 'difficult', 'long', 'frank', 'useful'])}, and that a decision on ${pick(rng, TOPICS)} was expected within ${intBetween(rng, 2, 12)} weeks.`,
  ];
  for (const extra of cast.slice(2)) {
    paragraphs.push(
      `${pick(rng, ROLES_BEFORE)} ${full(extra)} ${pick(rng, VERBS)} that ${pick(rng, COUNTRIES)} was ready to help, while critics in ${pick(rng, PLACES)} questioned the cost of the ${pick(rng, TOPICS)} package.`,
    );
  }
  const filler = [
    `Analysts at ${pick(rng, ORGS)} estimated that the measures could cost ${intBetween(rng, 1, 9)}.${intBetween(rng, 0, 9)} percent of output over ${intBetween(rng, 2, 6)} years.`,
    `The debate comes after ${intBetween(rng, 3, 300)} people protested in ${pick(rng, PLACES)} last month against ${pick(rng, TOPICS)}.`,
    `Officials in ${country} said ${surname(second)} would travel to ${pick(rng, PLACES)} next week for further talks on ${topic}.`,
  ];
  while (paragraphs.length < 6 && (paragraphs.length < 4 || rng() < 0.5)) paragraphs.push(filler[paragraphs.length % 3]!);

  const repeats = intBetween(rng, 1, 3);
  const lines = [...Array.from({ length: repeats }, () => title), `Image from ${pick(rng, OUTLETS)}`, ...paragraphs];
  const text = `${lines.join('\n\n')}\n\nDisclaimer: This content is aggregated from public sources online. Please verify information independently.`;
  return { name: `bench-${String(i).padStart(6, '0')}.txt`, text };
}

function cap(s: string): string {
  return s.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}
