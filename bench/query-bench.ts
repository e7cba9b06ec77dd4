// /who and /latest latency on the path the bot takes: the store query plus the HTML render.
import { directoryCodec } from '../src/store/keyv-people-codecs.js';
import { statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { App } from '../src/app.js';
import { renderLatestHtml } from '../src/render/latest.js';
import { renderWhoHtml } from '../src/render/who.js';
import { summarize, timeEach, type LatencySummary } from './measure.js';
import type { NamePool } from './name-pool.js';
import { createRng, intBetween } from './prng.js';
import { whoQueries, type QueryKind } from './who-queries.js';

export interface QueryFigures {
  articles: number;
  who: LatencySummary & { byKind: Record<QueryKind, LatencySummary>; answered: number };
  latest: LatencySummary;
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
  const whoSamples = await timeEach(queries, WHO_WARMUP, async (q) => {
    const start = performance.now();
    const lookup = await app.people.lookup(q.text);
    renderWhoHtml(lookup);
    if (index++ >= WHO_WARMUP) {
      byKind[q.kind].push(performance.now() - start);
      if (lookup.person) answered++;
    }
  });

  const limits = Array.from({ length: LATEST_WARMUP + LATEST_QUERIES }, () => (rng() < 0.6 ? 5 : intBetween(rng, 1, 20)));
  const latestSamples = await timeEach(limits, LATEST_WARMUP, async (n) => renderLatestHtml(await app.articles.latest(n)));

  const directory = directoryCodec.decode('people:directory', await app.store.kv.get('people:directory')) ?? [];
  return {
    articles,
    who: {
      ...summarize(whoSamples),
      answered,
      byKind: { known: summarize(byKind.known), variant: summarize(byKind.variant), unknown: summarize(byKind.unknown) },
    },
    latest: summarize(latestSamples),
    peopleDirectoryRows: directory.length,
    peopleDirectoryKb: Math.round(JSON.stringify(directory).length / 1024),
    dbMb: Math.round((fileSize(dbPath) + fileSize(`${dbPath}-wal`)) / 1024 / 102.4) / 10,
  };
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
