// /who, /latest, /ask and /search on the bot's path (the store or search-index read plus the HTML render), timed
// with wall and CPU time. `askEach` asks one of each; the main bench calls it after every ingest batch, so the
// figures "while ingesting" include what a live bot pays after each batch: /ask and /search catch the search index
// up with the articles the batch added (minisearch-index.ts reads the log on the next query), /who and /latest read
// a store that just grew. Interleaved with batches rather than from a timer: ingest runs on this thread, so a timer
// would only fire between its awaits anyway and mix the event-loop stall of cleaning into the query's latency; the
// people section (people-bench.ts) measures /who from a second process against a writer that never pauses.
import { performance } from 'node:perf_hooks';
import type { App } from '../src/app.js';
import { renderLatestHtml } from '../src/render/latest.js';
import { renderWhoHtml } from '../src/render/who.js';
import { askQuestion } from '../src/search/ask.js';
import { renderAnswerHtml, renderSearchHtml } from '../src/search/render-answer.js';
import { summarize, type LatencySummary } from './measure.js';
import { fullName, type NamePool } from './name-pool.js';
import { createRng, intBetween, pick, type Rng } from './prng.js';
import { whoQueries } from './who-queries.js';

export type LiveKind = 'who' | 'latest' | 'ask' | 'search';
export const LIVE_KINDS: readonly LiveKind[] = ['who', 'latest', 'ask', 'search'];

export interface LiveSample {
  kind: LiveKind;
  ms: number;
  cpuMs: number;
}

export type LiveFigures = Record<LiveKind, { wall: LatencySummary; cpu: LatencySummary }>;

/** The words of the pool corpus (generate-articles.ts): what readers of it would search and ask about. */
const TOPICS = ['sanctions', 'energy prices', 'border security', 'grain exports', 'interest rates', 'rail links', 'military drills', 'election rules', 'cyber attacks', 'refugee aid'];
const COUNTRIES = ['Lithuania', 'Latvia', 'Estonia', 'Poland', 'Ukraine', 'Belarus', 'Germany', 'Finland', 'Sweden'];
const ROLES = ['foreign minister', 'finance minister', 'prime minister', 'president', 'defence minister'];

export function createLiveQueries(app: App, pool: NamePool, seed = 99) {
  const rng = createRng(seed);
  const who = () => whoQueries(rng, pool, 1)[0]!.text;
  const SEARCH_MAX = 10;
  const run = async (kind: LiveKind): Promise<LiveSample> => {
    const cpu = process.cpuUsage();
    const start = performance.now();
    if (kind === 'who') renderWhoHtml(await app.people.lookup(who()));
    else if (kind === 'latest') renderLatestHtml(await app.articles.latest(rng() < 0.6 ? 5 : intBetween(rng, 1, 20)));
    else if (kind === 'ask') renderAnswerHtml(await askQuestion(question(rng, pool), app.search));
    else {
      const words = searchWords(rng, pool);
      renderSearchHtml(words, await app.search.newest(words, SEARCH_MAX));
    }
    const used = process.cpuUsage(cpu);
    return { kind, ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
  };
  return {
    /** One of each kind, in a rotating order (so no kind always comes first after a batch and pays its catch-up). */
    async askEach(turn: number): Promise<LiveSample[]> {
      const out: LiveSample[] = [];
      for (let k = 0; k < LIVE_KINDS.length; k++) out.push(await run(LIVE_KINDS[(k + turn) % LIVE_KINDS.length]!));
      return out;
    },
    /** `count` of each kind back to back, after `warmup` untimed ones. */
    async askMany(count: number, warmup = 20): Promise<LiveSample[]> {
      const out: LiveSample[] = [];
      for (const kind of LIVE_KINDS) {
        for (let i = 0; i < warmup; i++) await run(kind);
        for (let i = 0; i < count; i++) out.push(await run(kind));
      }
      return out;
    },
  };
}

export function summarizeLive(samples: readonly LiveSample[]): LiveFigures {
  const of = (kind: LiveKind) => {
    const mine = samples.filter((s) => s.kind === kind);
    return { wall: summarize(mine.map((s) => s.ms)), cpu: summarize(mine.map((s) => s.cpuMs)) };
  };
  return { who: of('who'), latest: of('latest'), ask: of('ask'), search: of('search') };
}

function question(rng: Rng, pool: NamePool): string {
  const roll = rng();
  if (roll < 0.4) return `Who is ${pick(rng, COUNTRIES)}'s ${pick(rng, ROLES)}?`;
  if (roll < 0.8) return `What did ${fullName(pool.draw(rng))} say about ${pick(rng, TOPICS)}?`;
  return `How many people protested against ${pick(rng, TOPICS)}?`;
}

function searchWords(rng: Rng, pool: NamePool): string {
  const roll = rng();
  if (roll < 0.4) return `${pool.draw(rng).last} ${pick(rng, TOPICS).split(' ')[0]}`;
  if (roll < 0.7) return pick(rng, COUNTRIES);
  return pick(rng, TOPICS);
}
