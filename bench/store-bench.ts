// The store section of `npm run bench`: generated articles ingested into a fresh sqlite store through the real
// ingestor in batches, with /who, /latest, /ask and /search asked after every batch (live-queries.ts: while
// ingest runs) and, at each size, /who and /latest back to back (query-bench.ts) and the four again (after).
// Wall time of the store calls inside ingest (stage timer), and this process's CPU per article, per segment.
import { performance } from 'node:perf_hooks';
import type { App } from '../src/app.js';
import type { ArticleGenerator } from './generate-articles.js';
import { createLiveQueries, summarizeLive, type LiveFigures, type LiveSample } from './live-queries.js';
import type { createStageTimer } from './measure.js';
import { benchQueries, type QueryFigures } from './query-bench.js';

export const BATCH = 256;
const AFTER_QUERIES = 100;

export interface StoreSegment {
  from: number;
  to: number;
  seconds: number;
  /** CPU of this process over the segment (queries asked between batches excluded). */
  cpuSeconds: number;
  articlesPerSec: number;
  cpuMsPerArticle: number;
  storeMsPerArticle: Record<string, number>;
  /** /who, /latest, /ask, /search asked after each batch of this segment, and after it ended. */
  during: LiveFigures;
  after: LiveFigures;
}

export interface StoreFigures {
  counts: { stored: number; duplicate: number; failed: number };
  ingestMs: number;
  ingestCpuMs: number;
  segments: StoreSegment[];
  queries: QueryFigures[];
}

export async function benchStore(options: {
  app: App;
  generator: ArticleGenerator;
  sizes: readonly number[];
  stages: ReturnType<typeof createStageTimer>;
  dbPath: string;
  log: (m: string) => void;
  /** Called once a size is reached and queried (the update bench runs there). */
  atSize?: (size: number) => Promise<void>;
}): Promise<StoreFigures> {
  const { app, generator, sizes, stages, dbPath, log } = options;
  const live = createLiveQueries(app, generator.pool);
  const counts = { stored: 0, duplicate: 0, failed: 0 };
  const segments: StoreSegment[] = [];
  const queries: QueryFigures[] = [];
  let [ingestMs, ingestCpuMs, next, turn] = [0, 0, 0, 0];
  for (const size of sizes) {
    const from = next;
    const before = structuredClone(stages.totals());
    let [segmentMs, segmentCpuMs] = [0, 0];
    const during: LiveSample[] = [];
    while (next < size) {
      const inputs = [];
      for (const end = Math.min(size, next + BATCH); next < end; next++) {
        const { name, text } = generator.article(next);
        inputs.push({ name, bytes: new TextEncoder().encode(text) });
      }
      const cpu = process.cpuUsage();
      const start = performance.now();
      const results = await app.ingestor.ingest(inputs);
      segmentMs += performance.now() - start;
      const used = process.cpuUsage(cpu);
      segmentCpuMs += (used.user + used.system) / 1000;
      for (const r of results) counts[r.status]++;
      during.push(...(await live.askEach(turn++)));
      if (next % (BATCH * 20) < BATCH) log(`${next} ingested, ${Math.round(((next - from) / segmentMs) * 1000)} articles/s in this segment`);
    }
    ingestMs += segmentMs;
    ingestCpuMs += segmentCpuMs;
    const n = size - from;
    const storeMsPerArticle = Object.fromEntries(Object.entries(stages.totals()).map(([k, v]) => [k, round((v.ms - (before[k]?.ms ?? 0)) / n)]));
    storeMsPerArticle.buildAndJournal = round((segmentMs - Object.values(storeMsPerArticle).reduce((a, b) => a + b, 0) * n) / n);
    log(`querying at ${size} articles`);
    queries.push(await benchQueries(app, generator.pool, size, dbPath));
    const after = summarizeLive(await live.askMany(AFTER_QUERIES));
    segments.push({
      from,
      to: size,
      seconds: round(segmentMs / 1000),
      cpuSeconds: round(segmentCpuMs / 1000),
      articlesPerSec: Math.round((n / segmentMs) * 1000),
      cpuMsPerArticle: round(segmentCpuMs / n),
      storeMsPerArticle,
      during: summarizeLive(during),
      after,
    });
    await options.atSize?.(size);
  }
  return { counts, ingestMs, ingestCpuMs, segments, queries };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
