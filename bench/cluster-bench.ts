// Many writers on one store, per backend (sqlite always; Redis and PostgreSQL when REDIS_URL / DATABASE_URL are set):
// ingest throughput with 1 and with 4 writer processes (bench/cluster-ingest.ts) over the same inputs, then whether
// the 4-writer store counts exactly what the 1-writer store does, then /who and /latest latency on the 1-writer
// store topped up to BENCH_CLUSTER_ARTICLES articles (target p99 ≤ 20 ms). The query figures are taken in interleaved
// rounds across the backends (each round asks every backend a block of /who and /latest, the order rotating), so the
// backends are compared as pairs taken at the same moment: the ratio of each round's p50 to sqlite's, median and
// spread over the rounds. The ingest runs are sequential per backend (each is minutes of writer processes).
// Each of the 4 writers ingests BENCH_CLUSTER_WRITER_ARTICLES generated articles (pool cast: the same few thousand
// people in every writer's articles); neighbouring writers share a fifth of their articles. The 1 writer ingests all
// four ranges in turn (the same inputs, the same duplicates).
// Alone: `npx tsx bench/cluster-bench.ts` (BENCH_CLUSTER_WRITER_ARTICLES=5000 · BENCH_CLUSTER_ARTICLES=20000).
import { spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { openApp, type App } from '../src/app.js';
import { systemClock } from '../src/clock.js';
import { parseConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import { renderLatestHtml } from '../src/render/latest.js';
import { renderWhoHtml } from '../src/render/who.js';
import { openStore } from '../src/store/open-store.js';
import { projectRoot } from '../src/util/project-root.js';
import { createArticleGenerator } from './generate-articles.js';
import { median, spread, summarize, timeEach, type LatencySummary, type Spread } from './measure.js';
import { fullName } from './name-pool.js';
import { createRng, intBetween } from './prng.js';
import { whoQueries } from './who-queries.js';

type BackendName = 'sqlite' | 'redis' | 'postgres';

export interface IngestRunFigures {
  writers: number;
  inputs: number;
  stored: number;
  duplicates: number;
  failed: number;
  /** From the first writer's first batch to the last writer's end. */
  seconds: number;
  articlesPerSec: number;
  /** CPU of the writer processes (user + system; sqlite's threads included, a server's own CPU not) per input. */
  cpuMsPerArticle: number;
}

export interface ClusterBackendFigures {
  backend: BackendName;
  oneWriter: IngestRunFigures;
  fourWriters: IngestRunFigures;
  /** Article count, ingest log, /latest and the /who counts of the most named people: 4 writers' store = 1 writer's. */
  countsEqual: boolean;
  mismatches: string[];
  queries: {
    articles: number;
    topUpSeconds: number;
    who: LatencySummary & { answered: number };
    latest: LatencySummary;
    /** CPU of this process per query (the server's own CPU is not in it), ms. */
    whoCpuMs: LatencySummary;
    latestCpuMs: LatencySummary;
    /** Against sqlite, per round: this backend's p50 ÷ sqlite's, median and spread over the rounds (absent for sqlite). */
    vsSqlite?: { rounds: number; who: { median: number; spread: Spread }; latest: { median: number; spread: Spread } };
  };
}

export interface ClusterFigures {
  cores: number;
  writerArticles: number;
  queryArticles: number;
  backends: ClusterBackendFigures[];
  skipped: { backend: BackendName; reason: string }[];
  targets: { countsEqual: boolean | null; whoP99AtMost20ms: boolean | null; latestP99AtMost20ms: boolean | null };
}

const writerLine = z.object({ inputs: z.number(), stored: z.number(), duplicate: z.number(), failed: z.number(), startedAt: z.number(), endedAt: z.number(), cpuMs: z.number() });
type WriterResult = z.infer<typeof writerLine>;

const WHO_WARMUP = 50;
const LATEST_WARMUP = 30;
/** Interleaved query rounds, and the queries each backend answers per round. */
const ROUNDS = 6;
const WHO_PER_ROUND = 100;
const LATEST_PER_ROUND = 70;
/** The most named people of the pool (Zipf head): the counts four writers contend on most. */
const CHECKED_PEOPLE = 40;

export async function benchCluster(options: { writerArticles: number; queryArticles: number; log?: (m: string) => void }): Promise<ClusterFigures> {
  const { writerArticles, queryArticles } = options;
  const log = options.log ?? (() => undefined);
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-cluster-'));
  const stride = Math.floor(writerArticles * 0.8);
  const ranges: [number, number][] = [0, 1, 2, 3].map((k) => [k * stride, writerArticles]);
  const unionEnd = 3 * stride + writerArticles;
  const backends: ClusterBackendFigures[] = [];
  const skipped: ClusterFigures['skipped'] = [];
  const candidates: { name: BackendName; url: string | undefined; envVar?: string }[] = [
    { name: 'sqlite', url: 'sqlite' },
    { name: 'redis', url: process.env.REDIS_URL, envVar: 'REDIS_URL' },
    { name: 'postgres', url: process.env.DATABASE_URL, envVar: 'DATABASE_URL' },
  ];
  type Store = { url: string; namespace: string };
  const ready: { one: Store; rest: Omit<ClusterBackendFigures, 'queries'>; topUpSeconds: number }[] = [];
  /** Namespaces on a shared server, deleted at the end whatever happens. */
  const created: Store[] = [];
  try {
    for (const candidate of candidates) {
      if (!candidate.url) {
        skipped.push({ backend: candidate.name, reason: `${candidate.envVar} is not set` });
        log(`cluster: ${candidate.name} skipped (${candidate.envVar} is not set)`);
        continue;
      }
      const tag = randomUUID().slice(0, 8);
      // sqlite: a file per store; a shared server: a namespace per store, deleted afterwards.
      const store = (which: 'one' | 'four') =>
        candidate.name === 'sqlite' ? { url: `sqlite://${join(dir, `${which}.sqlite`)}`, namespace: 'nb' } : { url: candidate.url!, namespace: `bench${which}${tag}` };
      const [one, four] = [store('one'), store('four')];
      if (candidate.name !== 'sqlite') created.push(one, four);
      log(`cluster ${candidate.name}: 1 writer, ${ranges.length * writerArticles} articles`);
      const oneWriter = figures([await runWriter(one.url, one.namespace, ranges)]);
      log(`cluster ${candidate.name}: 1 writer ${oneWriter.articlesPerSec} articles/s; now 4 writers × ${writerArticles}`);
      const fourWriters = figures(await Promise.all(ranges.map((range) => runWriter(four.url, four.namespace, [range]))));
      log(`cluster ${candidate.name}: 4 writers ${fourWriters.articlesPerSec} articles/s`);
      const [a, b] = [await countsOf(one.url, one.namespace), await countsOf(four.url, four.namespace)];
      const mismatches = Object.keys(a).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
      // Queries on the 1-writer store, topped up to the size asked for by one more writer.
      const topUp = queryArticles - oneWriter.stored;
      const started = performance.now();
      if (topUp > 0) {
        log(`cluster ${candidate.name}: topping up to ${queryArticles} articles`);
        await runWriter(one.url, one.namespace, [[unionEnd, topUp]]);
      }
      const topUpSeconds = round((performance.now() - started) / 1000);
      ready.push({ one, topUpSeconds, rest: { backend: candidate.name, oneWriter, fourWriters, countsEqual: mismatches.length === 0, mismatches } });
    }
    log(`cluster: /who and /latest in ${ROUNDS} interleaved rounds over ${ready.map((r) => r.rest.backend).join(', ')}`);
    const queries = await interleavedQueries(ready.map((r) => ({ backend: r.rest.backend, ...r.one })));
    for (const r of ready) backends.push({ ...r.rest, queries: { ...queries.get(r.rest.backend)!, topUpSeconds: r.topUpSeconds } });
  } finally {
    for (const s of created) await clearNamespace(s.url, s.namespace);
    rmSync(dir, { recursive: true, force: true });
  }
  const all = <T>(values: T[], test: (v: T) => boolean) => (values.length === 0 ? null : values.every(test));
  return {
    cores: cpus().length,
    writerArticles,
    queryArticles,
    backends,
    skipped,
    targets: {
      countsEqual: all(backends, (b) => b.countsEqual),
      whoP99AtMost20ms: all(backends, (b) => b.queries.who.p99 <= 20),
      latestP99AtMost20ms: all(backends, (b) => b.queries.latest.p99 <= 20),
    },
  };
}

function runWriter(url: string, namespace: string, ranges: readonly [number, number][]): Promise<WriterResult> {
  const root = projectRoot();
  const loader = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
  const args = ['--import', loader, join(root, 'bench', 'cluster-ingest.ts'), url, namespace, ranges.map(([f, c]) => `${f}:${c}`).join(',')];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve, reject) =>
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`cluster-ingest exited with ${code}: ${stderr.trim().split('\n').slice(-5).join('\n')}`));
      else resolve(writerLine.parse(JSON.parse(stdout.trim())));
    }),
  );
}

function figures(writers: readonly WriterResult[]): IngestRunFigures {
  const sum = (pick: (w: WriterResult) => number) => writers.reduce((n, w) => n + pick(w), 0);
  const inputs = sum((w) => w.inputs);
  const ms = Math.max(...writers.map((w) => w.endedAt)) - Math.min(...writers.map((w) => w.startedAt));
  return {
    writers: writers.length,
    inputs,
    stored: sum((w) => w.stored),
    duplicates: sum((w) => w.duplicate),
    failed: sum((w) => w.failed),
    seconds: round(ms / 1000),
    articlesPerSec: Math.round((inputs / ms) * 1000),
    cpuMsPerArticle: round(sum((w) => w.cpuMs) / inputs),
  };
}

async function withApp<T>(url: string, namespace: string, run: (app: App) => Promise<T>): Promise<T> {
  const app = await openApp(parseConfig({ STORE_URL: url, STORE_NAMESPACE: namespace }), { logger: silentLogger, clock: systemClock });
  try {
    return await run(app);
  } finally {
    await app.close();
  }
}

/** What readers see, through the app's adapters. /latest as publication times: ties may list in either order. */
function countsOf(url: string, namespace: string): Promise<Record<string, unknown>> {
  const pool = createArticleGenerator().pool;
  return withApp(url, namespace, async (app) => {
    const log = await app.articles.idsIngestedSince(new Date(0));
    const who: Record<string, number | null> = {};
    for (const person of pool.people.slice(0, CHECKED_PEOPLE)) who[fullName(person)] = (await app.people.lookup(fullName(person))).person?.articleCount ?? null;
    return {
      articleCount: await app.articles.count(),
      logLength: log.length,
      logIds: createHash('sha256').update([...log].sort().join('\n')).digest('hex'),
      latest: (await app.articles.latest(20)).map((r) => r.publishedAt),
      who,
    };
  });
}

/**
 * /who and /latest on the bot's path (the store query plus the HTML render, as bench/query-bench.ts), in rounds:
 * each round every backend answers WHO_PER_ROUND /who and LATEST_PER_ROUND /latest, the order of backends rotating
 * from round to round, so each round's figures are taken at the same moment on the same machine.
 */
async function interleavedQueries(stores: readonly { backend: BackendName; url: string; namespace: string }[]) {
  const generator = createArticleGenerator();
  const apps = await Promise.all(stores.map((s) => openApp(parseConfig({ STORE_URL: s.url, STORE_NAMESPACE: s.namespace }), { logger: silentLogger, clock: systemClock })));
  type Sample = { ms: number; cpuMs: number };
  const per = stores.map(() => ({ who: [] as Sample[], latest: [] as Sample[], answered: 0, roundWho: [] as number[], roundLatest: [] as number[] }));
  const timed = async (run: () => Promise<void>): Promise<Sample> => {
    const cpu = process.cpuUsage();
    const start = performance.now();
    await run();
    const used = process.cpuUsage(cpu);
    return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
  };
  try {
    for (let k = 0; k < stores.length; k++) {
      // Warm each store's caches before the first round, untimed.
      const rng = createRng(5);
      await timeEach(whoQueries(rng, generator.pool, WHO_WARMUP), WHO_WARMUP, (q) => apps[k]!.people.lookup(q.text));
      for (let i = 0; i < LATEST_WARMUP; i++) await apps[k]!.articles.latest(5);
    }
    for (let round = 0; round < ROUNDS; round++) {
      for (let j = 0; j < stores.length; j++) {
        const k = (j + round) % stores.length;
        const app = apps[k]!;
        const mine = per[k]!;
        // The same queries for every backend within a round.
        const rng = createRng(777 + round);
        const who: Sample[] = [];
        for (const q of whoQueries(rng, generator.pool, WHO_PER_ROUND)) {
          who.push(await timed(async () => {
            const lookup = await app.people.lookup(q.text);
            renderWhoHtml(lookup);
            if (lookup.person) mine.answered++;
          }));
        }
        const latest: Sample[] = [];
        for (let i = 0; i < LATEST_PER_ROUND; i++) {
          const n = rng() < 0.6 ? 5 : intBetween(rng, 1, 20);
          latest.push(await timed(async () => void renderLatestHtml(await app.articles.latest(n))));
        }
        mine.who.push(...who);
        mine.latest.push(...latest);
        mine.roundWho.push(summarize(who.map((s) => s.ms)).p50);
        mine.roundLatest.push(summarize(latest.map((s) => s.ms)).p50);
      }
    }
    const counts = await Promise.all(apps.map((app) => app.articles.count()));
    const sqliteAt = stores.findIndex((s) => s.backend === 'sqlite');
    const out = new Map<BackendName, Omit<ClusterBackendFigures['queries'], 'topUpSeconds'>>();
    stores.forEach((s, k) => {
      const mine = per[k]!;
      const base = sqliteAt >= 0 && k !== sqliteAt ? per[sqliteAt]! : undefined;
      const ratios = (a: number[], b: number[]) => a.map((x, r) => round(x / b[r]!));
      out.set(s.backend, {
        articles: counts[k]!,
        who: { ...summarize(mine.who.map((x) => x.ms)), answered: mine.answered },
        latest: summarize(mine.latest.map((x) => x.ms)),
        whoCpuMs: summarize(mine.who.map((x) => x.cpuMs)),
        latestCpuMs: summarize(mine.latest.map((x) => x.cpuMs)),
        ...(base
          ? {
              vsSqlite: {
                rounds: ROUNDS,
                who: { median: round(median(ratios(mine.roundWho, base.roundWho))), spread: spread(ratios(mine.roundWho, base.roundWho)) },
                latest: { median: round(median(ratios(mine.roundLatest, base.roundLatest))), spread: spread(ratios(mine.roundLatest, base.roundLatest)) },
              },
            }
          : {}),
      });
    });
    return out;
  } finally {
    for (const app of apps) await app.close();
  }
}

async function clearNamespace(url: string, namespace: string): Promise<void> {
  const store = await openStore(url, { namespace });
  try {
    await store.kv.clear();
  } finally {
    await store.close();
  }
}

export function printClusterTable(f: ClusterFigures): void {
  const out = ['', `cluster: 1 and 4 writer processes (4 × ${f.writerArticles} articles, neighbours sharing a fifth; the same people throughout), ${f.cores} cores`];
  const run = (r: IngestRunFigures) => `${String(r.articlesPerSec).padStart(5)} articles/s, ${r.cpuMsPerArticle} CPU ms/article (${r.stored} new, ${r.duplicates} duplicate, ${r.seconds} s)`;
  for (const b of f.backends) {
    out.push(`  ${b.backend.padEnd(8)} 1 writer:  ${run(b.oneWriter)}`);
    out.push(`  ${''.padEnd(8)} 4 writers: ${run(b.fourWriters)}`);
    out.push(`  ${''.padEnd(8)} counts equal: ${b.countsEqual ? 'yes' : `no (${b.mismatches.join(', ')})`}`);
    const q = b.queries;
    out.push(
      `  ${''.padEnd(8)} at ${q.articles} articles: who p50 ${q.who.p50} p99 ${q.who.p99} (CPU p50 ${q.whoCpuMs.p50} p99 ${q.whoCpuMs.p99}) | ` +
        `latest p50 ${q.latest.p50} p99 ${q.latest.p99} (CPU p50 ${q.latestCpuMs.p50} p99 ${q.latestCpuMs.p99}) ms (target p99 ≤ 20 ms)`,
    );
    if (q.vsSqlite) {
      const v = q.vsSqlite;
      out.push(`  ${''.padEnd(8)} p50 ÷ sqlite's, median of ${v.rounds} interleaved rounds (min–max): who ${v.who.median} (${v.who.spread.min}–${v.who.spread.max}), latest ${v.latest.median} (${v.latest.spread.min}–${v.latest.spread.max})`);
    }
  }
  for (const s of f.skipped) out.push(`  ${s.backend.padEnd(8)} skipped: ${s.reason}`);
  const sqlite = f.backends.find((b) => b.backend === 'sqlite');
  if (sqlite) {
    for (const b of f.backends.filter((x) => x !== sqlite)) {
      out.push(`  ${b.backend} against sqlite: 1 writer ${round(b.oneWriter.articlesPerSec / sqlite.oneWriter.articlesPerSec)}×, 4 writers ${round(b.fourWriters.articlesPerSec / sqlite.fourWriters.articlesPerSec)}×`);
    }
  }
  if (f.queryArticles < 100_000) out.push(`  queries at ${f.queryArticles} articles; 100k with BENCH_CLUSTER_ARTICLES=100000`);
  out.push(`  targets: ${Object.entries(f.targets).map(([k, v]) => `${k}=${v === null ? 'n/a' : v ? 'ok' : 'MISSED'}`).join(' ')}`, '');
  process.stderr.write(out.join('\n'));
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

export function clusterOptionsFromEnv(quick = false): { writerArticles: number; queryArticles: number } {
  const positive = (value: string | undefined, fallback: number) => {
    const n = Number(value);
    return Number.isInteger(n) && n > 0 ? n : fallback;
  };
  return {
    writerArticles: positive(process.env.BENCH_CLUSTER_WRITER_ARTICLES, quick ? 250 : 5000),
    queryArticles: positive(process.env.BENCH_CLUSTER_ARTICLES, quick ? 1500 : 20_000),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await benchCluster({ ...clusterOptionsFromEnv(process.env.BENCH_QUICK === '1'), log: (m) => process.stderr.write(`[bench] ${m}\n`) });
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
  printClusterTable(figures);
}
