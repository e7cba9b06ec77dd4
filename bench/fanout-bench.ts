// Fan-out: N chats due at once, delivered through the real digest job against a stand-in that
// enforces Telegram's limits (30 messages/s) and answers 429 beyond them. Reports the achieved
// rate ÷ 30, the 429s received, this process's CPU ms per delivered message, and the store writes per
// delivered message (counted on the keyv under the outbox and the ledger).
// benchFanoutLifted: the same with the 30/s lifted (paid broadcasts allow 1000/s), so our own cost is the limit.
// "One core" means this process's CPU (process.cpuUsage: the main thread plus sqlite's worker threads); the
// stand-in runs in a child process, so its CPU is not counted.
// Alone: npx tsx bench/fanout-bench.ts [chats] [concurrency]  (prints both, on a fresh sqlite store)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Api } from 'grammy';
import type Keyv from 'keyv';
import type { App } from '../src/app.js';
import { createDigestJob } from '../src/delivery/digest-job.js';
import { createPacer, TELEGRAM_LIMITS } from '../src/delivery/pacer.js';
import { sendOutbox } from '../src/delivery/send-outbox.js';
import { silentLogger } from '../src/logger.js';
import { createKeyvDigestLedger } from '../src/store/keyv-digest-ledger.js';
import { createKeyvOutbox } from '../src/store/keyv-outbox.js';
import { projectRoot } from '../src/util/project-root.js';

export interface FanoutFigures {
  chats: number;
  delivered: number;
  /** Messages sent (a digest may take more than one). */
  messages: number;
  seconds: number;
  messagesPerSec: number;
  /** Achieved rate ÷ 30/s (÷ 1000/s when lifted). */
  rateOverLimit: number;
  http429: number;
  cpuMsPerMessage: number;
  /** This process's CPU over the send's wall time: near 1, the run was bound by our CPU; well under, by latency or a busy machine. */
  coreShare: number;
  /** What one core could deliver at this CPU cost (1000 ÷ cpuMsPerMessage): the rate if our CPU were the only limit. */
  oneCoreMessagesPerSec: number;
  /** The stand-in's CPU per message (start-up included): near or above ours, the stand-in is what limits a lifted run. */
  standInCpuMsPerMessage: number;
  /** Pacer waits (sleeps) per message: more than about one means the sender wakes for nothing. */
  sleepsPerMessage: number;
  /** Store writes (set, setMany, delete, deleteMany) by the outbox and the ledger during the send, per message. */
  storeWritesPerMessage: number;
  /** Items sent in parallel. */
  concurrency: number;
  compositions: number;
  renderings: number;
  /** Stored bytes a subscribed chat keeps (its record, its share of the list, its last digest), and per delivered day. */
  bytesPerSubscription: number;
  bytesPerChatDay: number;
}

/** Keys plus JSON values of what one chat keeps, averaged over a sample (docs/scaling.md extrapolates from it). */
async function storedBytes(app: App, chatIds: readonly number[], day: string): Promise<{ perChat: number; perDay: number }> {
  const size = async (key: string) => {
    const value: unknown = await app.store.kv.get(key);
    return value === undefined ? 0 : key.length + JSON.stringify(value).length;
  };
  let perChat = 0;
  let perDay = 0;
  for (const id of chatIds) {
    // "<id>," in subs:index is the record's share of the list.
    perChat += (await size(`sub:${id}`)) + (await size(`digest:last:${id}`)) + String(id).length + 1;
    perDay += (await size(`ledger:${id}:${day}`)) + (await size(`archive:chat:${id}:${day}`));
  }
  return { perChat: Math.round(perChat / chatIds.length), perDay: Math.round(perDay / chatIds.length) };
}

const WRITES = new Set(['set', 'setMany', 'delete', 'deleteMany']);

/** The store's keyv with its writes counted (reads pass through). */
function countingKv(kv: Keyv): { kv: Keyv; writes: () => number } {
  let writes = 0;
  const counted = new Proxy(kv, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof property !== 'string' || !WRITES.has(property) || typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        writes++;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { kv: counted, writes: () => writes };
}

interface RunOptions {
  /** No overall 30/s, in the stand-in and in our pacer. */
  lifted: boolean;
  concurrency: number;
  /** First chat id: each run on one app subscribes chats of its own. */
  firstChatId: number;
}

async function runFanout(app: App, chats: number, options: RunOptions): Promise<FanoutFigures> {
  const root = projectRoot();
  const loader = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
  const args = ['--import', loader, join(root, 'bench', 'stand-in.ts'), ...(options.lifted ? ['--lifted'] : [])];
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const { apiRoot } = JSON.parse(String((await lines.next()).value)) as { apiRoot: string };
  try {
    const now = app.clock.now();
    const due = new Date(now.getTime() - 60_000);
    const time = `${String(due.getUTCHours()).padStart(2, '0')}:${String(due.getUTCMinutes()).padStart(2, '0')}`;
    const createdAt = new Date(now.getTime() - 2 * 86_400_000).toISOString();
    const ids = Array.from({ length: chats }, (_, i) => options.firstChatId + i);
    for (const chatId of ids) {
      await app.subscriptions.put({ chatId, chatType: 'private', time, timeZone: 'UTC', include: [], exclude: [], status: 'active', createdAt, updatedAt: createdAt });
    }
    const api = new Api('1:bench', { apiRoot });
    const counted = countingKv(app.store.kv);
    const outbox = createKeyvOutbox(counted.kv, { lock: app.store.listLock });
    const ledger = createKeyvDigestLedger(counted.kv, { lock: app.store.listLock });
    const pacer = createPacer(options.lifted ? { ...TELEGRAM_LIMITS, perSecondGlobal: Infinity } : TELEGRAM_LIMITS);
    // Only the send phase is timed: composing happens once per window and is reported separately.
    let seconds = 0;
    let cpu = { user: 0, system: 0 };
    let writes = 0;
    let sleeps = 0;
    const job = createDigestJob({
      ...app,
      outbox,
      ledger,
      logger: silentLogger,
      catchUpMs: 6 * 3_600_000,
      send: async () => {
        const writesBefore = counted.writes();
        const cpuStart = process.cpuUsage();
        const start = performance.now();
        const sent = await sendOutbox({
          api, outbox, ledger, subscriptions: app.subscriptions, sources: app.sources, pacer, clock: app.clock, concurrency: options.concurrency,
          logger: silentLogger, alert: () => Promise.resolve(), sleep: (ms) => {
            sleeps++;
            return new Promise((r) => setTimeout(r, ms));
          },
        });
        seconds = (performance.now() - start) / 1000;
        cpu = process.cpuUsage(cpuStart);
        writes = counted.writes() - writesBefore;
        return sent;
      },
    });
    const report = await job.tick();
    child.stdin.write('stats\n');
    const stats = JSON.parse(String((await lines.next()).value)) as { rateLimited: number; cpuMs: number };
    const messages = report.sent?.messages ?? 0;
    const bytes = await storedBytes(app, ids.slice(0, 200), now.toISOString().slice(0, 10));
    const limit = options.lifted ? 1000 : 30;
    const cpuMs = (cpu.user + cpu.system) / 1000;
    return {
      chats,
      delivered: report.sent?.delivered ?? 0,
      messages,
      seconds: Math.round(seconds * 100) / 100,
      messagesPerSec: Math.round((messages / seconds) * 10) / 10,
      rateOverLimit: Math.round((messages / seconds / limit) * 1000) / 1000,
      http429: stats.rateLimited,
      cpuMsPerMessage: Math.round((cpuMs / Math.max(1, messages)) * 100) / 100,
      coreShare: Math.round((cpuMs / 1000 / seconds) * 100) / 100,
      oneCoreMessagesPerSec: Math.round((1000 * Math.max(1, messages)) / cpuMs),
      standInCpuMsPerMessage: Math.round((stats.cpuMs / Math.max(1, messages)) * 100) / 100,
      sleepsPerMessage: Math.round((sleeps / Math.max(1, messages)) * 100) / 100,
      storeWritesPerMessage: Math.round((writes / Math.max(1, messages)) * 100) / 100,
      concurrency: options.concurrency,
      compositions: report.compositions,
      renderings: report.renderings,
      bytesPerSubscription: bytes.perChat,
      bytesPerChatDay: bytes.perDay,
    };
  } finally {
    child.stdin.write('quit\n');
    child.kill();
  }
}

/** Under Telegram's free limit (30/s), one request in flight (the default DELIVERY_CONCURRENCY). */
export function benchFanout(app: App, chats: number): Promise<FanoutFigures> {
  return runFanout(app, chats, { lifted: false, concurrency: 1, firstChatId: 5_000_000 });
}

/**
 * With the 30/s lifted: `concurrency` items in flight (DELIVERY_CONCURRENCY; a crash may then repeat up to that
 * many messages, one per chat in flight, as the README says). Call after benchFanout on the same app: its chats are others.
 */
export function benchFanoutLifted(app: App, chats: number, concurrency = LIFTED_CONCURRENCY): Promise<FanoutFigures> {
  return runFanout(app, chats, { lifted: true, concurrency, firstChatId: 6_000_000 });
}

/** Enough requests in flight to cover the stand-in's and the store's latency on one core. */
export const LIFTED_CONCURRENCY = 4;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const chats = Number(process.argv[2] ?? 1500);
  const concurrency = Number(process.argv[3] ?? LIFTED_CONCURRENCY);
  const { openApp } = await import('../src/app.js');
  const { systemClock } = await import('../src/clock.js');
  const { parseConfig } = await import('../src/config.js');
  const { createArticleGenerator } = await import('./generate-articles.js');
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-fanout-'));
  const app = await openApp(parseConfig({ STORE_URL: `sqlite://${join(dir, 'bench.sqlite')}` }), { logger: silentLogger, clock: systemClock });
  try {
    const generator = createArticleGenerator();
    const inputs = Array.from({ length: 200 }, (_, i) => generator.article(i)).map(({ name, text }) => ({ name, bytes: new TextEncoder().encode(text) }));
    await app.ingestor.ingest(inputs);
    const only = process.env.FANOUT_ONLY;
    const figures = {
      ...(only === 'lifted' ? {} : { at30: await benchFanout(app, chats) }),
      ...(only === '30' ? {} : { lifted: await benchFanoutLifted(app, chats, concurrency) }),
    };
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
