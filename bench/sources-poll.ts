// Polling N feeds × M items through the real poller (openApp + appPoller: guarded fetcher with
// FETCH_ALLOW_PRIVATE, host gate, conditional GET, parse, ingest into a fresh sqlite store), against
// bench/sources-server.ts in a child process: that process's CPU is not in the figures. Three rounds:
//   first      every source new: the poller stores only the FIRST_FETCH_ITEMS newest of each feed
//   new items  the server moves every feed to its next M items (new ETag): all M are new, all stored
//   unchanged  nothing changed: every feed answers 304 to the conditional GET (median of 3 rounds)
// Run alone: `npx tsx bench/sources-poll.ts [feeds] [items]`; one JSON object on stdout. `npm run bench` runs it.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { openApp } from '../src/app.js';
import { appPoller } from '../src/app-poller.js';
import { systemClock } from '../src/clock.js';
import { parseConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import { newSource } from '../src/sources/source.js';
import { projectRoot } from '../src/util/project-root.js';
import { startRssSampler } from './measure.js';

const feeds = Number(process.argv[2] ?? 500);
const items = Number(process.argv[3] ?? 50);
const POLL_MINUTES = 30;
const log = (message: string) => process.stderr.write(`[bench:sources] ${message}\n`);

const root = projectRoot();
const loader = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const child = spawn(process.execPath, ['--import', loader, join(root, 'bench', 'sources-server.ts'), String(feeds), String(items)], { stdio: ['pipe', 'pipe', 'inherit'] });
const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
const nextLine = async () => String((await lines.next()).value);
const hello = z.object({ feedUrls: z.array(z.string()), bytesPerFeed: z.number() }).parse(JSON.parse(await nextLine()));
const serverStats = async () => {
  child.stdin.write('stats\n');
  return z.object({ ok: z.number(), notModified: z.number(), other: z.number() }).parse(JSON.parse(await nextLine()));
};

const dir = mkdtempSync(join(tmpdir(), 'newsbrief-bench-sources-'));
const config = parseConfig({ STORE_URL: `sqlite://${join(dir, 'sources.sqlite')}`, FETCH_ALLOW_PRIVATE: '1', SOURCES_POLL_MINUTES: String(POLL_MINUTES) });
const app = await openApp(config, { logger: silentLogger, clock: systemClock });
for (const url of hello.feedUrls) await app.sources.add(newSource({ url, feedUrl: url, kind: 'feed' }, app.clock.now()));
const poller = appPoller(app);
const rss = startRssSampler(50);

interface Round {
  seconds: number;
  cpuMs: number;
  results: { new: number; unchanged: number; failed: number };
  stored: number;
  errors: string[];
}

/** One round: every source, as the scheduler's pollDue would at a time they are all due. */
async function round(name: string, at: Date): Promise<Round> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const results = await poller.pollDue(at);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const counted = { new: 0, unchanged: 0, failed: 0 };
  for (const r of results) counted[r.status] += 1;
  const stored = results.reduce((n, r) => n + r.new, 0);
  const errors = [...new Set(results.flatMap((r) => (r.error ? [r.error] : [])))].slice(0, 3);
  log(`${name}: ${results.length} sources in ${seconds.toFixed(1)} s, ${stored} stored, ${JSON.stringify(counted)}${errors.length ? ` errors: ${errors.join(' | ')}` : ''}`);
  return { seconds: round2(seconds), cpuMs: Math.round((cpu.user + cpu.system) / 1000), results: counted, stored, errors };
}

// Every later round polls as if a day had passed: all sources are due, whatever their next-fetch time.
const later = () => new Date(Date.now() + 7 * 86_400_000);
const first = await round('first fetch', app.clock.now());
child.stdin.write('gen 1\n');
await nextLine();
const fresh = await round(`${items} new items per feed`, later());
const afterFresh = await serverStats();
const unchangedRounds: Round[] = [];
for (let i = 0; i < 3; i++) unchangedRounds.push(await round(`unchanged round ${i + 1}`, later()));
const stats = await serverStats();
const peak = rss.peakMb();
rss.stop();

const perItem = (r: Round) => (r.stored > 0 ? round2(r.cpuMs / r.stored) : null);
const unchanged = [...unchangedRounds].sort((a, b) => a.cpuMs - b.cpuMs)[1]!;
const result = {
  feeds,
  itemsPerFeed: items,
  bytesPerFeed: hello.bytesPerFeed,
  hosts: feeds,
  serverProcess: 'child process (bench/sources-server.ts): its CPU is not counted',
  cpu: 'process.cpuUsage() of this process: main thread, sqlite and libuv threads, GC',
  first: { ...first, itemsPerSec: Math.round(first.stored / first.seconds), cpuMsPerItem: perItem(first) },
  newItems: { ...fresh, itemsPerSec: Math.round(fresh.stored / fresh.seconds), cpuMsPerItem: perItem(fresh) },
  unchanged: {
    seconds: unchanged.seconds,
    cpuMsPerRound: unchanged.cpuMs,
    cpuMsPerFeed: round2(unchanged.cpuMs / feeds),
    cpuMsRounds: unchangedRounds.map((r) => r.cpuMs),
    results: unchanged.results,
    /** One round every SOURCES_POLL_MINUTES: CPU time ÷ the interval, in % of one core. */
    percentOfOneCoreAt30Min: Number(((unchanged.cpuMs / (POLL_MINUTES * 60_000)) * 100).toPrecision(2)),
  },
  server: { ...stats, notModifiedInUnchangedRounds: stats.notModified - afterFresh.notModified },
  articlesInStore: await app.articles.count(),
  rss: { peakSampledMb: peak.sampled, maxRssMb: peak.maxRss },
};
await app.close();
child.stdin.end('quit\n');
await once(child, 'exit');
rmSync(dir, { recursive: true, force: true });
process.stdout.write(`${JSON.stringify(result)}\n`);

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
