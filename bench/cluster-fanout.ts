// Fan-out across a cluster (issue 12): three real `newsbrief start` processes (webhook mode) on one Redis store and
// its BullMQ delivery queue, BENCH_CLUSTER_CHATS chats due at once (default 3000; the issue's figure is 10000),
// against the Bot API stand-in enforcing Telegram's limits (30/s overall, 1/s per chat, 20/min per group; 429
// beyond). Reports the achieved rate ÷ 30 from the first to the last accepted send (target ≥ 0.95), the 429s
// (target 0), the CPU ms per delivered message of the three processes together (/proc/<pid>/stat utime + stime,
// from each one's "bot started" to the queue going idle), and whether every chat got exactly one digest.
// Needs REDIS_URL (skipped with a line otherwise). Alone: `npx tsx bench/cluster-fanout.ts`.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { openApp } from '../src/app.js';
import { GATE_PER_SECOND } from '../src/delivery/queue-rate-gate.js';
import { systemClock } from '../src/clock.js';
import { parseConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import { createKeyvOutbox } from '../src/store/keyv-outbox.js';
import { openStore } from '../src/store/open-store.js';
import { E2E_TOKEN, started, startBotProcess, type BotProcess } from '../test/support/bot-process.js';
import { busiestWindow, localTime } from '../test/support/delivered-sequence.js';
import { startFakeTelegram } from '../test/support/fake-telegram.js';
import { freePort } from '../test/support/free-port.js';
import { longDigestArticles } from '../test/support/long-digest.js';

export interface ClusterFanoutFigures {
  processes: number;
  chats: number;
  delivered: number;
  /** From the first accepted send to the last. */
  seconds: number;
  messagesPerSec: number;
  rateOverLimit: number;
  http429: number;
  /** The most sends the stand-in saw (accepted or not) in any rolling second. */
  busiestSecond: number;
  /** Between consecutive accepted sends (ms); the rate gate spaces them at least 33 ms apart per slot refill. */
  gapMs: { p50: number; p90: number; p99: number; max: number };
  /** User + system CPU of the three bot processes (not Redis, not the stand-in) per delivered message. */
  /** Seconds in gaps of 500 ms or more (the queue paused after a 429, or every process stalled), and the rate without them. */
  stalledSeconds: number;
  rateOverLimitOutsideStalls: number;
  /** Each 429 (first 20): seconds after the first send, and how many sends the stand-in had accepted in the second before. */
  http429At: { atS: number; acceptedInSecondBefore: number }[];
  cpuMsPerMessage: number;
  cpuMsByProcess: number[];
  /** Chats with no digest, and with more than one message. */
  missing: number;
  repeated: number;
  exactlyOnce: boolean;
  seedSeconds: number;
  loadavg: { before: string; after: string };
  targets: { rateAtLeast95Percent: boolean; no429: boolean; exactlyOnce: boolean };
}

const PROCESSES = 3;
const FIRST_CHAT = 7_000_000;
const TICKS_PER_SECOND = 100; // USER_HZ, the unit of /proc/<pid>/stat utime and stime on Linux
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
const procLoad = () => readFileSync('/proc/loadavg', 'utf8').trim();

/** utime + stime of a process, in ms. */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the ")" that closes the command name: state is field 3, utime 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}


export async function benchClusterFanout(options: { url: string; chats: number; log?: (m: string) => void }): Promise<ClusterFanoutFigures> {
  const { url, chats } = options;
  const log = options.log ?? (() => undefined);
  const namespace = `benchfan${randomUUID().slice(0, 8)}`;
  const env = { STORE_NAMESPACE: namespace, QUEUE_URL: url };
  const ids = Array.from({ length: chats }, (_, i) => FIRST_CHAT + i);
  const wanted = new Set(ids);

  // Seed: three articles (one digest message each chat) and the chats, due a minute ago.
  const seedStart = performance.now();
  const now = new Date();
  const seed = await openApp(parseConfig({ STORE_URL: url, ...env }), { logger: silentLogger, clock: systemClock });
  try {
    await seed.ingestor.ingest(longDigestArticles(3).map((a) => ({ name: a.name, bytes: new TextEncoder().encode(a.text) })));
    const createdAt = new Date(now.getTime() - 2 * 86_400_000).toISOString();
    const time = localTime(new Date(now.getTime() - 60_000), 'UTC');
    for (let i = 0; i < ids.length; i += 50) {
      await Promise.all(ids.slice(i, i + 50).map((chatId) => seed.subscriptions.put({ chatId, chatType: 'private', timeZone: 'UTC', time, include: [], exclude: [], status: 'active', createdAt, updatedAt: createdAt })));
    }
  } finally {
    await seed.close();
  }
  const seedSeconds = round((performance.now() - seedStart) / 1000, 1);
  log(`cluster fan-out: ${chats} chats seeded in ${seedSeconds} s (namespace ${namespace})`);

  const tg = await startFakeTelegram({ token: E2E_TOKEN });
  tg.enforceRateLimits({ perSecondGlobal: 30, perChatPerSecond: 1, perGroupPerMinute: 20 });
  const sends = () => tg.calls.filter((c) => c.method === 'sendMessage' && wanted.has(c.chatId ?? 0));
  const queueConnection = new Redis(url, { maxRetriesPerRequest: null });
  const queue = new Queue(`${namespace}-digests`, { connection: queueConnection, prefix: 'newsbrief' });
  const running: BotProcess[] = [];
  const cpuAtStart: number[] = [];
  const loadBefore = procLoad();
  try {
    for (let i = 0; i < PROCESSES; i++) {
      const port = await freePort();
      running.push(startBotProcess({ ...env, TELEGRAM_API_ROOT: tg.apiRoot, STORE_URL: url, WEBHOOK_URL: `http://127.0.0.1:${port}/hook`, PORT: String(port), LOG_LEVEL: 'info' }));
    }
    // Each baseline at its own "bot started": startup (tsx compiling) is not fan-out work.
    await Promise.all(running.map(async (p, i) => {
      await p.waitForLog(started, 60_000);
      cpuAtStart[i] = cpuMs(p.child.pid!);
    }));
    log(`cluster fan-out: ${PROCESSES} processes started; waiting for the queue to drain`);

    // Done when the outbox is empty and the queue idle (as test/e2e/cluster-crash.test.ts decides).
    const store = await openStore(url, { namespace });
    try {
      const outbox = createKeyvOutbox(store.kv);
      let lastLog = Date.now();
      for (const deadline = Date.now() + (chats / 25) * 1000 + 120_000; ; await sleep(500)) {
        const counts = await queue.getJobCounts('waiting', 'active', 'delayed');
        const accepted = sends().filter((c) => c.accepted).length;
        if (accepted > 0 && (await outbox.open()).length === 0 && counts['waiting'] === 0 && counts['active'] === 0 && counts['delayed'] === 0) break;
        if (Date.now() > deadline) throw new Error(`cluster fan-out not done: ${accepted} sent, ${JSON.stringify(counts)}`);
        if (Date.now() - lastLog > 30_000) {
          lastLog = Date.now();
          log(`cluster fan-out: ${accepted}/${chats} sent`);
        }
      }
    } finally {
      await store.close();
    }
    const cpuByProcess = running.map((p, i) => cpuMs(p.child.pid!) - cpuAtStart[i]!);
    const loadAfter = procLoad();
    await sleep(500);
    for (const p of running) {
      const code = await p.stop('SIGTERM');
      if (code !== 0) log(`cluster fan-out: a process exited ${code}: ${JSON.stringify(p.logs.filter((l) => l.raw || Number(l.level) >= 50).slice(-4))}`);
    }

    const accepted = sends().filter((c) => c.accepted);
    const times = accepted.map((c) => c.at).sort((a, b) => a - b);
    const seconds = times.length > 1 ? (times[times.length - 1]! - times[0]!) / 1000 : 0;
    // n sends span n - 1 gaps: the rate the limiter actually let through.
    const perSec = seconds > 0 ? (accepted.length - 1) / seconds : 0;
    const gaps = times.slice(1).map((t, i) => t - times[i]!).sort((a, b) => a - b);
    const gapAt = (q: number) => gaps[Math.min(gaps.length - 1, Math.floor(q * gaps.length))] ?? 0;
    const stalled = gaps.filter((g) => g >= 500).reduce((a, b) => a + b, 0) / 1000;
    const outside = seconds - stalled > 0 ? (accepted.length - 1 - gaps.filter((g) => g >= 500).length) / (seconds - stalled) : 0;
    const http429At = sends()
      .filter((c) => c.injected === 'rate-limit')
      .slice(0, 20)
      .map((c) => ({ atS: round((c.at - (times[0] ?? c.at)) / 1000, 3), acceptedInSecondBefore: times.filter((t) => t <= c.at && c.at - t < 1000).length }));
    let missing = 0;
    let repeated = 0;
    for (const id of ids) {
      const texts = tg.messagesTo(id).map((m) => m.text);
      if (texts.length === 0 || !String(texts[0]).startsWith('<b>News digest</b>')) missing++;
      if (texts.length > 1) repeated++;
    }
    const cpuTotal = cpuByProcess.reduce((a, b) => a + b, 0);
    const http429 = tg.stats().rateLimited;
    const exactlyOnce = missing === 0 && repeated === 0;
    return {
      processes: PROCESSES,
      chats,
      delivered: accepted.length,
      seconds: round(seconds, 1),
      messagesPerSec: round(perSec),
      rateOverLimit: round(perSec / 30, 3),
      http429,
      busiestSecond: busiestWindow(sends()),
      gapMs: { p50: gapAt(0.5), p90: gapAt(0.9), p99: gapAt(0.99), max: gaps[gaps.length - 1] ?? 0 },
      stalledSeconds: round(stalled, 1),
      rateOverLimitOutsideStalls: round(outside / 30, 3),
      http429At,
      cpuMsPerMessage: round(cpuTotal / Math.max(1, accepted.length)),
      cpuMsByProcess: cpuByProcess.map((ms) => Math.round(ms)),
      missing,
      repeated,
      exactlyOnce,
      seedSeconds,
      loadavg: { before: loadBefore, after: loadAfter },
      targets: { rateAtLeast95Percent: perSec / 30 >= 0.95, no429: http429 === 0, exactlyOnce },
    };
  } finally {
    await Promise.allSettled(running.map((p) => p.stop('SIGKILL')));
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
    queueConnection.disconnect();
    await tg.close();
    const store = await openStore(url, { namespace });
    try {
      await store.kv.clear();
    } finally {
      await store.close();
    }
  }
}

export function printClusterFanoutTable(f: ClusterFanoutFigures | { skipped: string }): void {
  if ('skipped' in f) {
    process.stderr.write(`\ncluster fan-out: skipped (${f.skipped})\n`);
    return;
  }
  const out = [
    '',
    `cluster fan-out: ${f.processes} processes on Redis, ${f.chats} chats due at once`,
    `  ${f.delivered} delivered in ${f.seconds} s (first to last send), ${f.messagesPerSec} messages/s = ${f.rateOverLimit} of 30/s (target ≥ 0.95), ` +
      `${f.http429} × 429 (target 0), busiest second ${f.busiestSecond}, ${f.cpuMsPerMessage} CPU ms/message over the ${f.processes} processes (${f.cpuMsByProcess.join(' + ')} ms)`,
    `  gaps between sends: p50 ${f.gapMs.p50} p90 ${f.gapMs.p90} p99 ${f.gapMs.p99} max ${f.gapMs.max} ms`,
    `  ${f.stalledSeconds} s in gaps ≥ 500 ms (429 pauses, stalls); outside them ${f.rateOverLimitOutsideStalls} of 30/s (the gate's cap: ${GATE_PER_SECOND} in any sliding second)` +
      (f.http429At.length ? `; 429s at ${f.http429At.map((r) => `${r.atS} s (${r.acceptedInSecondBefore} in the second before)`).slice(0, 5).join(', ')}` : ''),
    `  exactly one digest per chat: ${f.exactlyOnce ? 'yes' : `NO (${f.missing} without, ${f.repeated} with more than one)`}; load average before ${f.loadavg.before}, after ${f.loadavg.after}`,
  ];
  if (f.chats < 10_000) out.push(`  at ${f.chats} chats; the issue's figure is 10000: BENCH_CLUSTER_CHATS=10000`);
  out.push(`  targets: ${Object.entries(f.targets).map(([k, v]) => `${k}=${v ? 'ok' : 'MISSED'}`).join(' ')}`, '');
  process.stderr.write(out.join('\n'));
}

/** `quick` (BENCH_QUICK): 600 chats by default, 20 s at 30/s, instead of 3000 (100 s). */
export async function clusterFanoutFromEnv(log?: (m: string) => void, quick = false): Promise<ClusterFanoutFigures | { skipped: string }> {
  const url = process.env.REDIS_URL;
  if (!url) {
    log?.('cluster fan-out skipped (REDIS_URL is not set)');
    return { skipped: 'REDIS_URL is not set' };
  }
  const n = Number(process.env.BENCH_CLUSTER_CHATS);
  const chats = Number.isInteger(n) && n > 0 ? n : quick ? 600 : 3000;
  log?.(`cluster fan-out: ${chats} chats across ${PROCESSES} processes (10000 with BENCH_CLUSTER_CHATS=10000); load ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  return benchClusterFanout({ url, chats, ...(log ? { log } : {}) });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await clusterFanoutFromEnv((m) => process.stderr.write(`[bench] ${m}\n`));
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
  printClusterFanoutTable(figures);
}
