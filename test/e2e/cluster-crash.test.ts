// Three real `newsbrief start` processes (webhook mode, one port each) on one Redis store and its BullMQ delivery
// queue, against the Bot API stand-in enforcing Telegram's limits. 500 chats are due at once; one process is
// SIGKILLed mid-fan-out and started again. Every chat gets its digest exactly once, apart from the one message
// the killed process had in flight (resent by another process once its job's lock lapses), and no rolling second
// holds more than 30 sends.
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { createKeyvOutbox } from '../../src/store/keyv-outbox.js';
import { sharedBackends } from '../support/backends.js';
import { E2E_TOKEN, started, startBotProcess, type BotProcess } from '../support/bot-process.js';
import { busiestWindow, deliveredAcrossKill, localTime } from '../support/delivered-sequence.js';
import { startFakeTelegram } from '../support/fake-telegram.js';
import { freePort } from '../support/free-port.js';
import { longDigestArticles } from '../support/long-digest.js';
import { createTestApp, input } from '../support/test-app.js';

const CHATS = Array.from({ length: 500 }, (_, i) => 20_000 + i);
// The store on Redis (the queue on the same Redis, by default), and on PostgreSQL with QUEUE_URL naming the Redis.
const queueUrl = sharedBackends().find((b) => b.name === 'redis')?.url;
const cases = queueUrl ? sharedBackends().map((backend) => ({ name: backend.name, backend, queueUrl })) : [];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const problems = (p: BotProcess) => JSON.stringify(p.logs.filter((l) => l.raw || Number(l.level) >= 50).slice(-8));


describe.each(cases)('three processes on one $name store', ({ backend, queueUrl }) => {
  it('when one is SIGKILLed mid-fan-out of 500 due chats and restarted then each chat gets its digest once (bar the one in flight) and no second exceeds 30', async () => {
    const env = { STORE_NAMESPACE: backend.namespace, QUEUE_URL: queueUrl };
    const now = new Date();
    const seed = await createTestApp({ storeUrl: backend.url, now, env });
    await seed.ingestor.ingest(longDigestArticles(3).map((a) => input(a.name, a.text)));
    const createdAt = new Date(now.getTime() - 2 * 86_400_000).toISOString();
    const time = localTime(new Date(now.getTime() - 60_000), 'UTC');
    for (const chatId of CHATS) {
      await seed.subscriptions.put({ chatId, chatType: 'private', timeZone: 'UTC', time, include: [], exclude: [], status: 'active', createdAt, updatedAt: createdAt });
    }
    await seed.close();

    const tg = await startFakeTelegram({ token: E2E_TOKEN });
    tg.enforceRateLimits({ perSecondGlobal: 30, perChatPerSecond: 1, perGroupPerMinute: 20 });
    const ports = new Map<BotProcess, number>();
    const start = async () => {
      const port = await freePort();
      const bot = startBotProcess({ ...env, TELEGRAM_API_ROOT: tg.apiRoot, STORE_URL: backend.url, WEBHOOK_URL: `http://127.0.0.1:${port}/hook`, PORT: String(port), LOG_LEVEL: 'info' });
      ports.set(bot, port);
      return bot;
    };
    const sends = () => tg.calls.filter((c) => c.method === 'sendMessage' && CHATS.includes(c.chatId ?? 0));
    const accepted = () => sends().filter((c) => c.accepted).length;
    const running: BotProcess[] = [];
    const queueConnection = new Redis(queueUrl, { maxRetriesPerRequest: null });
    const queue = new Queue(`${backend.namespace}-digests`, { connection: queueConnection, prefix: 'newsbrief' });
    try {
      running.push(await start(), await start(), await start());
      await Promise.all(running.map((p) => p.waitForLog(started, 30_000)));
      // Each process reports the shared queue on /healthz.
      const health = (await (await fetch(`http://127.0.0.1:${ports.get(running[2]!)!}/healthz`)).json()) as { queue?: { ok?: boolean } };
      expect(health.queue?.ok).toBe(true);
      for (const deadline = Date.now() + 30_000; accepted() < 150 && Date.now() < deadline; ) await sleep(5);
      const victim = running[1]!;
      expect(await victim.stop('SIGKILL')).toBe(null);
      const atKill = new Map(CHATS.map((id) => [id, tg.messagesTo(id).length]));
      expect(accepted()).toBeLessThan(CHATS.length); // really mid-fan-out
      running[1] = await start();
      await running[1].waitForLog(started, 30_000);

      // Done when the outbox is empty (every item finished, its day in the ledger) and the queue idle.
      const store = await backend.open();
      try {
        const outbox = createKeyvOutbox(store.kv);
        for (let deadline = Date.now() + 60_000; ; await sleep(250)) {
          const counts = await queue.getJobCounts('waiting', 'active', 'delayed');
          if ((await outbox.open()).length === 0 && counts['waiting'] === 0 && counts['active'] === 0 && counts['delayed'] === 0) break;
          if (Date.now() > deadline) throw new Error(`fan-out not done: ${accepted()} sent, ${JSON.stringify(counts)}`);
        }
      } finally {
        await store.close();
      }
      await sleep(500);
      for (const p of running) expect(await p.stop('SIGTERM'), problems(p)).toBe(0);
      // Through the queue: the tick (in whichever process held the digest lease) handed all 500 to it.
      const ticks = [...running, victim].flatMap((p) => p.logs).filter((l) => l.msg === 'digest tick');
      expect(ticks.some((l) => (l.sent as { queued?: number } | undefined)?.queued === CHATS.length)).toBe(true);

      const texts = (id: number) => tg.messagesTo(id).map((m) => m.text);
      const delivered = new Map(CHATS.map((id) => [id, deliveredAcrossKill(texts(id), atKill.get(id) ?? 0)]));
      const view = delivered.get(CHATS[0]!)!.sequence;
      expect(view.length).toBeGreaterThanOrEqual(1);
      expect(view[0]).toMatch(/^<b>News digest<\/b>/);
      for (const id of CHATS) expect(delivered.get(id)!.sequence, `chat ${id}`).toEqual(view);
      const repeats = [...delivered.values()].reduce((sum, d) => sum + d.repeats, 0);
      expect(repeats).toBeLessThanOrEqual(1); // the killed process's one message in flight
      expect(busiestWindow(sends().filter((c) => c.accepted))).toBeLessThanOrEqual(30);
      // Not only accepted: the cluster never even asked for more (the stand-in had to refuse none).
      expect(busiestWindow(sends())).toBeLessThanOrEqual(30);
      expect(tg.stats().rateLimited).toBe(0);
    } finally {
      await Promise.allSettled(running.map((p) => p.stop('SIGKILL')));
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
      queueConnection.disconnect();
      await tg.close();
      await backend.cleanup();
    }
  }, 150_000);
});

describe('a queue asked for on a store only one machine sees', () => {
  it('when `start` gets QUEUE_URL with a sqlite store then it stops before calling Telegram, with one line naming the fix', async () => {
    const tg = await startFakeTelegram({ token: E2E_TOKEN });
    try {
      const bot = startBotProcess({ TELEGRAM_API_ROOT: tg.apiRoot, QUEUE_URL: 'redis://127.0.0.1:6379' });
      const code = await bot.exited;
      expect(code).not.toBe(0);
      const lines = bot.output().stderr.split('\n').filter((l) => l.includes('QUEUE_URL'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/QUEUE_URL needs a shared store: redis:\/\/ or postgres:\/\/ \(STORE_URL is sqlite:\/\/; unset QUEUE_URL/);
      expect(tg.calls).toHaveLength(0);
    } finally {
      await tg.close();
    }
  }, 30_000);
});
