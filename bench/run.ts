// `npm run bench`: ingest generated articles into a fresh sqlite store through the real ingestor,
// then time /who and /latest at each size. One JSON object on stdout; progress and a table on stderr.
// BENCH_SIZES=10000,100000 (default) · BENCH_QUICK=1 for a 1k/5k smoke run · BENCH_KEEP=1 keeps the store
// BENCH_SOURCES_FEEDS=500 · BENCH_SOURCES_ITEMS=50: the polling section (bench/sources-bench.ts)
// BENCH_CAST=open: the store section's articles from the open-ended cast too (generate-articles.ts)
// BENCH_PEOPLE_SIZES (default: the sizes above) · BENCH_PEOPLE_BATCH=64: the people index section, an
// open-ended cast with /who asked while ingest runs (bench/people-bench.ts; alone: npx tsx bench/people-bench.ts)
// BENCH_CLUSTER_WRITER_ARTICLES=5000 · BENCH_CLUSTER_ARTICLES=20000 (100000 for the 100k figure): the cluster section,
// 1 and 4 writer processes on sqlite, Redis (REDIS_URL) and PostgreSQL (DATABASE_URL) (bench/cluster-bench.ts; alone:
// npx tsx bench/cluster-bench.ts)
// The cold start of `newsbrief who` runs the built code (bin/newsbrief.mjs): `npm run build` after a change.
// BENCH_CLUSTER_CHATS=3000 (10000 for the figure): fan-out from 3 `newsbrief start` processes on Redis
// (REDIS_URL) through the delivery queue (bench/cluster-fanout.ts; alone: npx tsx bench/cluster-fanout.ts)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openApp } from '../src/app.js';
import { systemClock } from '../src/clock.js';
import { parseConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import { createArticleGenerator, GENERATOR_DESCRIPTION, OPEN_CAST_DESCRIPTION } from './generate-articles.js';
import { createStageTimer, startRssSampler } from './measure.js';
import { benchQueries, type QueryFigures } from './query-bench.js';
import { printTable } from './report.js';
import { benchUpdates, type UpdateFigures } from './update-bench.js';
import { benchFanout, type FanoutFigures } from './fanout-bench.js';
import { benchCompose } from './compose-bench.js';
import { profileStages } from './stage-profile.js';
import { runCleanBench } from './clean-bench.js';
import { benchInboxStall } from './inbox-stall.js';
import { benchSources, printSourcesTable } from './sources-bench.js';
import { benchPeople, printPeopleTable } from './people-bench.js';
import { benchCluster, clusterOptionsFromEnv, printClusterTable } from './cluster-bench.js';
import { clusterFanoutFromEnv, printClusterFanoutTable } from './cluster-fanout.js';
import { benchColdStart, coldStartLine } from './cold-start.js';

const BATCH = 256;
const PROFILE_SAMPLE = 1000;

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const sizes = (process.env.BENCH_QUICK === '1' ? '1000,5000' : (process.env.BENCH_SIZES ?? '10000,100000'))
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 0)
  .sort((a, b) => a - b);

const rss = startRssSampler(100);
const dir = mkdtempSync(join(tmpdir(), 'newsbrief-bench-'));
const dbPath = join(dir, 'bench.sqlite');
const config = parseConfig({ STORE_URL: `sqlite://${dbPath}` });
const app = await openApp(config, { logger: silentLogger, clock: systemClock });
const generator = createArticleGenerator({ cast: process.env.BENCH_CAST === 'open' ? 'open' : 'pool' });

// The ingestor holds these very objects, so wrapping their methods times the store stages in place.
const stages = createStageTimer();
stages.wrap(app.articles, 'idsForHashes', 'hashCheck');
stages.wrap(app.people, 'indexArticles', 'peopleIndex');
stages.wrap(app.articles, 'publish', 'articlePut');

log(`node ${process.version}, sizes ${sizes.join(', ')}, store ${dbPath}`);
const profileTexts = Array.from({ length: PROFILE_SAMPLE }, (_, i) => generator.article(10_000_000 + i).text);
const profile = profileStages(profileTexts, new Date(), config.MAX_ARTICLE_BYTES);
log(`stage profile (ms/article): ${JSON.stringify(profile.msPerArticle)}`);

const counts = { stored: 0, duplicate: 0, failed: 0 };
const segments: { from: number; to: number; seconds: number; articlesPerSec: number; peakRssMb: number; storeMsPerArticle: Record<string, number> }[] = [];
const queries: QueryFigures[] = [];
let ingestMs = 0;
let updates: (UpdateFigures & { articles: number }) | undefined;
let next = 0;
for (const size of sizes) {
  const from = next;
  const before = structuredClone(stages.totals());
  let segmentMs = 0;
  while (next < size) {
    const inputs = [];
    for (const end = Math.min(size, next + BATCH); next < end; next++) {
      const { name, text } = generator.article(next);
      inputs.push({ name, bytes: new TextEncoder().encode(text) });
    }
    const start = performance.now();
    const results = await app.ingestor.ingest(inputs);
    segmentMs += performance.now() - start;
    for (const r of results) counts[r.status]++;
    if (next % (BATCH * 20) < BATCH) log(`${next} ingested, ${Math.round(((next - from) / segmentMs) * 1000)} articles/s in this segment`);
  }
  ingestMs += segmentMs;
  const storeMsPerArticle = Object.fromEntries(
    Object.entries(stages.totals()).map(([k, v]) => [k, round((v.ms - (before[k]?.ms ?? 0)) / (size - from))]),
  );
  storeMsPerArticle.buildAndJournal = round((segmentMs - Object.values(storeMsPerArticle).reduce((a, b) => a + b, 0) * (size - from)) / (size - from));
  const articlesPerSec = Math.round(((size - from) / segmentMs) * 1000);
  segments.push({ from, to: size, seconds: round(segmentMs / 1000), articlesPerSec, peakRssMb: rss.peakMb().sampled, storeMsPerArticle });
  log(`querying at ${size} articles`);
  queries.push(await benchQueries(app, generator.pool, size, dbPath));
  // Update handling through the whole bot, at the first size of 10k or more (or the only size).
  if (!updates && (size >= 10_000 || size === sizes[sizes.length - 1])) {
    log(`update handling at ${size} articles`);
    updates = { articles: size, ...(await benchUpdates(app)) };
  }
}

// The store figures end here: peak RSS with 100k articles stored and queried.
const storePeak = rss.peakMb();
// After the store figures: five 2 MB articles in memory would otherwise set the store's RSS peak.
const clean2MB = await runCleanBench({ runs: process.env.BENCH_QUICK === '1' ? 1 : 3 });
log(`2 MB article: clean ${clean2MB.cleanMs2MB} ms, entities ${clean2MB.entitiesMs2MB} ms (slowest layout; ${JSON.stringify(clean2MB.byLayout)})`);
log('composing one digest over 10000 stored articles');
const composeIds = (await app.articles.idsIngestedSince(new Date(0))).slice(0, 10_000);
const records = await app.articles.getMany(composeIds);
// Warm: the running event index already holds the window (as in a live bot); cold: rebuilt after a restart;
// update: 200 articles new since the last digest.
const c = benchCompose(records);
const composeDigest = { articles: c.articles, events: c.events, ms: c.warmMs, coldMs: c.coldMs, updateMs: c.updateMs };

// Fan-out last (it adds subscriptions): BENCH_FANOUT_CHATS due at once, against the rate-limited stand-in.
const fanoutChats = Number(process.env.BENCH_FANOUT_CHATS ?? (process.env.BENCH_QUICK === '1' ? 300 : 1500));
log(`fan-out to ${fanoutChats} chats at 30 messages/s`);
const fanout: FanoutFigures = await benchFanout(app, fanoutChats);
log('inbox scan: worst event-loop stall');
const inboxStall = benchInboxStall(process.env.BENCH_QUICK === '1' ? { ordinary: 50, bigKb: [400] } : {});
log('cold start: `newsbrief who` in a new process, 20 runs');
const coldStart = benchColdStart({ runs: process.env.BENCH_QUICK === '1' ? 5 : 20 });
const sourcesFeeds = Number(process.env.BENCH_SOURCES_FEEDS ?? (process.env.BENCH_QUICK === '1' ? 50 : 500));
const sourcesItems = Number(process.env.BENCH_SOURCES_ITEMS ?? 50);
log(`sources: polling ${sourcesFeeds} feeds × ${sourcesItems} items, then page extraction speed`);
const sources = benchSources({ feeds: sourcesFeeds, items: sourcesItems });
const peopleSizes = process.env.BENCH_PEOPLE_SIZES ? process.env.BENCH_PEOPLE_SIZES.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0) : sizes;
log(`people index: open cast, /who while ingesting ${peopleSizes.join(', ')} articles (a child process writes)`);
const people = await benchPeople({ sizes: peopleSizes, batch: Number(process.env.BENCH_PEOPLE_BATCH ?? 64), log });
const clusterOptions = clusterOptionsFromEnv(process.env.BENCH_QUICK === '1');
log(`cluster: 1 and 4 writer processes × ${clusterOptions.writerArticles} articles per backend, queries at ${clusterOptions.queryArticles}`);
const cluster = await benchCluster({ ...clusterOptions, log });
const clusterFanout = await clusterFanoutFromEnv(log);
const clusterFanoutTargets = 'targets' in clusterFanout ? clusterFanout.targets : undefined;

const storeStages = Object.fromEntries(Object.entries(stages.totals()).map(([k, v]) => [k, { ms: Math.round(v.ms), calls: v.calls }]));
const storeMs = Object.values(stages.totals()).reduce((a, v) => a + v.ms, 0);
const total = next;
const peak = rss.peakMb();
const [small, large] = [queries[0], queries[queries.length - 1]];
const result = {
  node: process.version,
  platform: `${process.platform}-${process.arch}`,
  generator: { description: process.env.BENCH_CAST === 'open' ? `${GENERATOR_DESCRIPTION}; ${OPEN_CAST_DESCRIPTION}` : GENERATOR_DESCRIPTION, peoplePool: generator.pool.people.length, batch: BATCH },
  counts: { generated: total, ...counts, storedInDb: await app.articles.count() },
  ingest: {
    seconds: round(ingestMs / 1000),
    articlesPerSec: Math.round((total / ingestMs) * 1000),
    segments,
    // Wall time inside each store call during ingest; the rest is clean + entities + validation + journal.
    storeStages,
    buildAndJournalMs: Math.round(ingestMs - storeMs),
    cpuStagesMsPerArticle: profile,
    clean2MB,
  },
  queries,
  updates,
  composeDigest,
  fanout,
  inboxStall,
  coldStart,
  sources,
  people,
  cluster,
  clusterFanout,
  // storeBench: with the largest store ingested and queried (the RSS target); overall: including
  // the compose and fan-out runs that follow.
  rss: { storeBenchPeakMb: Math.max(storePeak.sampled, storePeak.maxRss), overallPeakSampledMb: peak.sampled, overallMaxRssMb: peak.maxRss },
  targets: {
    ingestAtLeast500PerSec: (total / ingestMs) * 1000 >= 500,
    clean2MBUnder1s: clean2MB.cleanUnder1s,
    inboxStallAtMost100ms: inboxStall.worstStallMs <= 100,
    whoColdStartAtMost250ms: coldStart.targets.whoColdStartAtMost250ms,
    whoP99AtMost20ms: large ? large.who.p99 <= 20 : null,
    whoP99AtMostTwiceSmallest: small && large ? large.who.p99 <= 2 * small.who.p99 : null,
    peakRssAtMost400Mb: Math.max(storePeak.sampled, storePeak.maxRss) <= 400,
    updateRatioAtLeastHalf: updates ? updates.ratio >= 0.5 : null,
    fanoutRateAtLeast95Percent: fanout.rateOverLimit >= 0.95,
    fanoutNo429: fanout.http429 === 0,
    ...sources.targets,
    peopleWhoP99AtMost20ms: people.targets.whoP99AtMost20ms,
    peopleIngestCpuFlatWithin1_3x: people.targets.ingestCpuFlatWithin1_3x,
    peopleRssAtMost400Mb: people.targets.rssAtMost400Mb,
    clusterCountsEqual: cluster.targets.countsEqual,
    clusterWhoP99AtMost20ms: cluster.targets.whoP99AtMost20ms,
    clusterLatestP99AtMost20ms: cluster.targets.latestP99AtMost20ms,
    clusterFanoutRateAtLeast95Percent: clusterFanoutTargets?.rateAtLeast95Percent ?? null,
    clusterFanoutNo429: clusterFanoutTargets?.no429 ?? null,
    clusterFanoutExactlyOnce: clusterFanoutTargets?.exactlyOnce ?? null,
  },
};
rss.stop();
await app.close();
if (process.env.BENCH_KEEP !== '1') rmSync(dir, { recursive: true, force: true });
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
printTable(result);
process.stderr.write(`${coldStartLine(coldStart)}\n`);
printSourcesTable(sources);
printPeopleTable(people);
printClusterTable(cluster);
printClusterFanoutTable(clusterFanout);

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
