// /who and /latest latency on the path the bot takes: the store query plus the HTML render.
import { statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { App } from '../src/app.js';
import { renderLatestHtml } from '../src/render/latest.js';
import { renderWhoHtml } from '../src/render/who.js';
import { summarize, timeEachWithCpu, type LatencySummary } from './measure.js';
import type { NamePool } from './name-pool.js';
import { createRng, intBetween } from './prng.js';
import { whoQueries, type QueryKind } from './who-queries.js';

export interface QueryFigures {
  articles: number;
  who: LatencySummary & { byKind: Record<QueryKind, LatencySummary>; answered: number };
  latest: LatencySummary;
  /** CPU of this process per query (its sqlite threads included), ms. */
  whoCpuMs: LatencySummary;
  latestCpuMs: LatencySummary;
  /** People with a row in the name index (people:row:<id>), and the index's size (rows, postings, vocabulary). */
  peopleDirectoryRows: number;
  peopleDirectoryKb: number;
  dbMb: number;
}

const WHO_WARMUP = 50;
const WHO_QUERIES = 600;
const LATEST_WARMUP = 30;
const LATEST_QUERIES = 400;

export async function benchQueries(app: App, pool: NamePool, articles: number, dbPath: string): Promise<QueryFigures> {
  const rng = createRng(articles);
  const queries = whoQueries(rng, pool, WHO_WARMUP + WHO_QUERIES);
  const byKind: Record<QueryKind, number[]> = { known: [], variant: [], unknown: [] };
  let answered = 0;
  let index = 0;
  const whoSamples = await timeEachWithCpu(queries, WHO_WARMUP, async (q) => {
    const start = performance.now();
    const lookup = await app.people.lookup(q.text);
    renderWhoHtml(lookup);
    if (index++ >= WHO_WARMUP) {
      byKind[q.kind].push(performance.now() - start);
      if (lookup.person) answered++;
    }
  });

  const limits = Array.from({ length: LATEST_WARMUP + LATEST_QUERIES }, () => (rng() < 0.6 ? 5 : intBetween(rng, 1, 20)));
  const latestSamples = await timeEachWithCpu(limits, LATEST_WARMUP, async (n) => renderLatestHtml(await app.articles.latest(n)));

  const nameIndex = await nameIndexSize(app.store.kv.store);
  return {
    articles,
    who: {
      ...summarize(whoSamples.ms),
      answered,
      byKind: { known: summarize(byKind.known), variant: summarize(byKind.variant), unknown: summarize(byKind.unknown) },
    },
    latest: summarize(latestSamples.ms),
    whoCpuMs: summarize(whoSamples.cpuMs),
    latestCpuMs: summarize(latestSamples.cpuMs),
    peopleDirectoryRows: nameIndex.rows,
    peopleDirectoryKb: nameIndex.kb,
    dbMb: Math.round((fileSize(dbPath) + fileSize(`${dbPath}-wal`)) / 1024 / 102.4) / 10,
  };
}

/** Counted in sqlite (NaN on another store): one scan of the keys, after the timed queries. */
async function nameIndexSize(store: unknown): Promise<{ rows: number; kb: number }> {
  const query = (store as { query?: (sql: string) => Promise<{ rows: number; bytes: number }[]> }).query;
  if (!query) return { rows: Number.NaN, kb: Number.NaN };
  const [sums] = await query.call(
    store,
    "SELECT sum(key LIKE 'nb:people:row:%') AS rows, sum(length(value)) AS bytes FROM keyv WHERE key LIKE 'nb:people:row:%' OR key LIKE 'nb:people:names:%'",
  );
  return { rows: sums?.rows ?? 0, kb: Math.round((sums?.bytes ?? 0) / 1024) };
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
