// `npm run bench`: ingest generated articles into a fresh sqlite store through the real ingestor, with /who,
// /latest, /ask and /search asked after every batch (while ingesting) and at each size (after), then the other
// sections. One JSON object on stdout; progress, the tables and the targets table (targets.ts) on stderr.
// Every figure gives CPU time next to wall time: on a busy machine wall grows, CPU does not.
// `npm run bench -- --articles N` (bench-args.ts): the scale run only: the people section's pipeline (a generator
// process → the built bot ingesting → /who and /latest from this process) to N, with figures at 10k, 100k and N,
// RSS of the ingest process and disk per article; then the targets table.
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
import { openApp } from '../src/app.js';
import { systemClock } from '../src/clock.js';
import { parseConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import { BenchArgsError, parseBenchArgs, type BenchArgs } from './bench-args.js';
import { createArticleGenerator, GENERATOR_DESCRIPTION, OPEN_CAST_DESCRIPTION } from './generate-articles.js';
import { EVENTS_DESCRIPTION } from './realistic-events.js';
import { createStageTimer, startRssSampler } from './measure.js';
import { printTable } from './report.js';
import { benchUpdates, type UpdateFigures } from './update-bench.js';
import { benchFanout, benchFanoutLifted } from './fanout-bench.js';
import { benchCompose, generatedRecords } from './compose-bench.js';
import { profileStages } from './stage-profile.js';
import { runCleanBench } from './clean-bench.js';
import { benchInboxStall } from './inbox-stall.js';
import { benchSources, printSourcesTable } from './sources-bench.js';
import { benchPeople, printPeopleTable } from './people-bench.js';
import { benchCluster, clusterOptionsFromEnv, printClusterTable } from './cluster-bench.js';
import { clusterFanoutFromEnv, printClusterFanoutTable } from './cluster-fanout.js';
import { benchColdStart, coldStartLine } from './cold-start.js';
import { benchStore, BATCH } from './store-bench.js';
import { formatTargets, targetRows } from './targets.js';

const PROFILE_SAMPLE = 1000;
const quick = process.env.BENCH_QUICK === '1';
const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

let args: BenchArgs;
try {
  args = parseBenchArgs(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof BenchArgsError)) throw error;
  process.stderr.write(`npm run bench: ${error.message}\n`);
  process.exit(2);
}
if (args.mode === 'scale') await scaleRun(args.articles, args.sizes);
else await defaultRun();

/** `--articles N`: only the figures that depend on scale, from the people pipeline on the built bot. */
async function scaleRun(articles: number, sizes: number[]): Promise<void> {
  log(`scale run: ${articles} articles, figures at ${sizes.join(', ')}; the ingest process runs dist/ (npm run build after a change)`);
  const started = Date.now();
  const people = await benchPeople({ sizes, batch: Number(process.env.BENCH_PEOPLE_BATCH ?? 64), queryGapMs: 10, log });
  const result = { node: process.version, mode: 'scale', articles, sizes, minutes: Math.round((Date.now() - started) / 6000) / 10, people };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  printPeopleTable(people);
  process.stderr.write(formatTargets(targetRows({ mode: 'scale', people }), `targets (--articles ${articles}, ${result.minutes} min):`));
}

async function defaultRun(): Promise<void> {
  const sizes = (quick ? '1000,5000' : (process.env.BENCH_SIZES ?? '10000,100000'))
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

  let updates: (UpdateFigures & { articles: number }) | undefined;
  const store = await benchStore({
    app,
    generator,
    sizes,
    stages,
    dbPath,
    log,
    // Update handling through the whole bot, at the first size of 10k or more (or the largest).
    atSize: async (size) => {
      if (updates || (size < 10_000 && size !== sizes[sizes.length - 1])) return;
      log(`update handling at ${size} articles: full stack vs bare grammY, interleaved pairs`);
      updates = { articles: size, ...(await benchUpdates(app, quick ? { count: 1000, pairs: 3 } : { count: 2000, pairs: 7 })) };
    },
  });

  // The store figures end here: peak RSS with 100k articles stored and queried.
  const storePeak = rss.peakMb();
  // After the store figures: five 2 MB articles in memory would otherwise set the store's RSS peak.
  const clean2MB = await runCleanBench({ runs: quick ? 1 : 3 });
  log(`2 MB article: clean ${clean2MB.cleanMs2MB} ms, entities ${clean2MB.entitiesMs2MB} ms (slowest layout; ${JSON.stringify(clean2MB.byLayout)})`);
  const composeArticles = Number(process.env.BENCH_COMPOSE_ARTICLES ?? (quick ? 2000 : 10_000));
  log(`composing one digest over ${composeArticles} realistic-events articles (records built first)`);
  const corpus = generatedRecords(composeArticles);
  // Warm: the running event index already holds the window (as in a live bot); cold: rebuilt after a restart;
  // update: 200 articles new since the last digest.
  const composeDigest = benchCompose(corpus.records, corpus.truth);
  log(`compose: ${composeDigest.eventsInWindow} events found, ${composeDigest.quality?.trueEvents ?? '?'} generated (B³ F1 ${composeDigest.quality?.f1 ?? '?'})`);

  // Fan-out last (it adds subscriptions): BENCH_FANOUT_CHATS due at once, against the rate-limited stand-in.
  const fanoutChats = Number(process.env.BENCH_FANOUT_CHATS ?? (quick ? 300 : 1500));
  log(`fan-out to ${fanoutChats} chats at 30 messages/s`);
  const fanout = await benchFanout(app, fanoutChats);
  log(`fan-out to ${fanoutChats} chats with the limit lifted`);
  const fanoutLifted = await benchFanoutLifted(app, fanoutChats);
  log('inbox scan: worst event-loop stall');
  const inboxStall = benchInboxStall(quick ? { ordinary: 50, bigKb: [400] } : {});
  log(`cold start: \`newsbrief who\` in a new process, ${quick ? 5 : 20} runs`);
  const coldStart = benchColdStart({ runs: quick ? 5 : 20 });
  const sourcesFeeds = Number(process.env.BENCH_SOURCES_FEEDS ?? (quick ? 50 : 500));
  const sourcesItems = Number(process.env.BENCH_SOURCES_ITEMS ?? 50);
  log(`sources: polling ${sourcesFeeds} feeds × ${sourcesItems} items, then page extraction speed`);
  const sources = benchSources({ feeds: sourcesFeeds, items: sourcesItems });
  const peopleSizes = process.env.BENCH_PEOPLE_SIZES ? process.env.BENCH_PEOPLE_SIZES.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0) : sizes;
  log(`people index: open cast, /who and /latest while ingesting ${peopleSizes.join(', ')} articles (a child process on dist/ writes)`);
  const people = await benchPeople({ sizes: peopleSizes, batch: Number(process.env.BENCH_PEOPLE_BATCH ?? 64), log });
  const clusterOptions = clusterOptionsFromEnv(quick);
  log(`cluster: 1 and 4 writer processes × ${clusterOptions.writerArticles} articles per backend, queries at ${clusterOptions.queryArticles}`);
  const cluster = await benchCluster({ ...clusterOptions, log });
  const clusterFanout = await clusterFanoutFromEnv(log, quick);
  const clusterFanoutTargets = 'targets' in clusterFanout ? clusterFanout.targets : undefined;

  const storeStages = Object.fromEntries(Object.entries(stages.totals()).map(([k, v]) => [k, { ms: Math.round(v.ms), calls: v.calls }]));
  const storeMs = Object.values(stages.totals()).reduce((a, v) => a + v.ms, 0);
  const total = sizes[sizes.length - 1] ?? 0;
  const peak = rss.peakMb();
  const { queries } = store;
  const [small, large] = [queries[0], queries[queries.length - 1]];
  const description = process.env.BENCH_CAST === 'open' ? `${GENERATOR_DESCRIPTION}; ${OPEN_CAST_DESCRIPTION}` : GENERATOR_DESCRIPTION;
  const targetsTable = targetRows({ mode: 'default', people, updates, fanout, fanoutLifted, compose: composeDigest, coldStart });
  const result = {
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    generator: { description, composeCorpus: EVENTS_DESCRIPTION, peoplePool: generator.pool.people.length, batch: BATCH },
    counts: { generated: total, ...store.counts, storedInDb: await app.articles.count() },
    ingest: {
      seconds: round(store.ingestMs / 1000),
      cpuSeconds: round(store.ingestCpuMs / 1000),
      articlesPerSec: Math.round((total / store.ingestMs) * 1000),
      cpuMsPerArticle: round(store.ingestCpuMs / total),
      segments: store.segments,
      // Wall time inside each store call during ingest; the rest is clean + entities + validation + journal.
      storeStages,
      buildAndJournalMs: Math.round(store.ingestMs - storeMs),
      cpuStagesMsPerArticle: profile,
      clean2MB,
    },
    queries,
    updates,
    composeDigest: { ...composeDigest, ms: composeDigest.warmMs },
    fanout,
    fanoutLifted,
    inboxStall,
    coldStart,
    sources,
    people,
    cluster,
    clusterFanout,
    // storeBench: with the largest store ingested and queried (this tsx process, with the search index); overall:
    // including the compose and fan-out runs that follow. The RSS target is the people section's ingest process.
    rss: { storeBenchPeakMb: Math.max(storePeak.sampled, storePeak.maxRss), overallPeakSampledMb: peak.sampled, overallMaxRssMb: peak.maxRss },
    targetsTable,
    targets: {
      ingestAtLeast500PerSec: (total / store.ingestMs) * 1000 >= 500,
      clean2MBUnder1s: clean2MB.cleanUnder1s,
      inboxStallAtMost100ms: inboxStall.worstStallMs <= 100,
      whoColdStartAtMost250ms: coldStart.targets.whoColdStartAtMost250ms,
      whoP99AtMost20ms: large ? large.who.p99 <= 20 : null,
      whoP99AtMostTwiceSmallest: small && large ? large.who.p99 <= 2 * small.who.p99 : null,
      updateRatioAtLeast0_9: updates ? updates.ratio >= 0.9 : null,
      composeAtMost1s: composeDigest.warmMs <= 1000,
      fanoutRateAtLeast95Percent: fanout.rateOverLimit >= 0.95,
      fanoutNo429: fanout.http429 === 0,
      ...sources.targets,
      peopleWhoP99AtMost20ms: people.targets.whoP99AtMost20ms,
      peopleLatestP99AtMost20ms: people.targets.latestP99AtMost20ms,
      peopleIngestCpuFlatWithin1_3x: people.targets.ingestCpuFlatWithin1_3x,
      peopleRssAtMost500Mb: people.targets.rssAtMost500Mb,
      peopleDiskAtMost3Kb: people.targets.diskAtMost3KbPerArticle,
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
  process.stderr.write(formatTargets(targetsTable, `targets (default run${quick ? ', BENCH_QUICK: smoke sizes, not the figures' : ''}):`));
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
