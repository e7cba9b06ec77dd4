// Delivery through the shared BullMQ queue on the real Redis: two "processes" (each its own store connection,
// outbox, ledger and queue delivery with its worker, on one Redis store) deliver the outbox against the Bot API
// stand-in. Every chat gets each message once and in order, the cluster stays under Telegram's 30/s, each chat
// under its 1/s and each group under its 20/min, a 429 pauses the whole queue, a 403 pauses the subscription, and
// enqueueing the same items again (from a later tick, or the other process) adds no job.
import { Api } from 'grammy';
import { describe, expect, it, type TestContext } from 'vitest';
import { systemClock } from '../../src/clock.js';
import { chainDelayMs, SEND_JOB, sendJobId } from '../../src/delivery/queue-job.js';
import { startQueueDelivery, type QueueDelivery } from '../../src/delivery/queue-delivery.js';
import { createLogger } from '../../src/logger.js';
import { createKeyvDigestLedger } from '../../src/store/keyv-digest-ledger.js';
import { createKeyvOutbox } from '../../src/store/keyv-outbox.js';
import { createKeyvSourceStore } from '../../src/store/keyv-source-store.js';
import { createKeyvSubscriptionStore } from '../../src/store/keyv-subscription-store.js';
import type { DigestLedger } from '../../src/store/digest-ledger.port.js';
import type { Outbox, OutboxItem } from '../../src/store/outbox.port.js';
import type { Store } from '../../src/store/open-store.js';
import type { SubscriptionStore } from '../../src/subscriptions/subscription-store.port.js';
import { sharedBackends } from '../support/backends.js';
import { busiestWindow } from '../support/delivered-sequence.js';
import { startFakeTelegram, type FakeTelegram } from '../support/fake-telegram.js';

const TOKEN = '123456:queue-delivery-test-token-abcdefghijk';
const DAY = '2026-12-02';
const MESSAGES = 3;
const logger = createLogger('silent');
const redis = sharedBackends().filter((b) => b.name === 'redis');

interface Node {
  store: Store;
  outbox: Outbox;
  ledger: DigestLedger;
  subscriptions: SubscriptionStore;
  delivery: QueueDelivery;
}

interface Cluster {
  tg: FakeTelegram;
  nodes: [Node, Node];
  alerts: string[];
}

const text = (chatId: number, i: number) => `digest for ${chatId}, part ${i + 1}/${MESSAGES}`;

function itemFor(chatId: number): OutboxItem {
  return {
    chatId,
    day: DAY,
    chatKind: chatId < 0 ? 'group' : 'private',
    messages: Array.from({ length: MESSAGES }, (_, i) => text(chatId, i)),
    next: 0,
    events: { [`e${chatId}`]: 1 },
    attempts: 0,
    createdAt: new Date().toISOString(),
  };
}

/** Two processes on one Redis store and one queue; chats subscribed and their digests in the outbox. */
async function cluster(context: TestContext, chatIds: readonly number[]): Promise<Cluster> {
  // A namespace of its own per test (so its own queue and limiter): the tests run concurrently.
  const backend = sharedBackends().find((b) => b.name === 'redis')!;
  const tg = await startFakeTelegram({ token: TOKEN });
  tg.enforceRateLimits({ perSecondGlobal: 30, perChatPerSecond: 1, perGroupPerMinute: 20 });
  const alerts: string[] = [];
  const api = new Api(TOKEN, { apiRoot: tg.apiRoot });
  const open = async (): Promise<Node> => {
    const store = await backend.open();
    const lock = store.listLock;
    const outbox = createKeyvOutbox(store.kv, { lock });
    const ledger = createKeyvDigestLedger(store.kv, { lock });
    const subscriptions = createKeyvSubscriptionStore(store.kv, { lock });
    const delivery = await startQueueDelivery({
      url: backend.url,
      namespace: backend.namespace,
      deps: { api, outbox, ledger, subscriptions, sources: createKeyvSourceStore(store.kv, { lock }), clock: systemClock, logger, alert: (_code, t) => Promise.resolve(void alerts.push(t)) },
      logger,
      concurrency: 1,
      attempts: 3,
    });
    return { store, outbox, ledger, subscriptions, delivery };
  };
  const nodes: [Node, Node] = [await open(), await open()];
  context.onTestFinished(async () => {
    for (const node of nodes) await node.delivery.close();
    await nodes[0].delivery.queue.obliterate({ force: true }).catch(() => undefined);
    for (const node of nodes) await node.store.close();
    await tg.close();
    await backend.cleanup();
  });
  const at = new Date().toISOString();
  for (const chatId of chatIds) {
    await nodes[0].subscriptions.put({ chatId, chatType: chatId < 0 ? 'group' : 'private', timeZone: 'UTC', time: '08:00', include: [], exclude: [], status: 'active', createdAt: at, updatedAt: at });
  }
  await nodes[0].outbox.enqueue(chatIds.map(itemFor));
  return { tg, nodes, alerts };
}

const sends = (tg: FakeTelegram) => tg.calls.filter((c) => c.method === 'sendMessage');
const delivered = (tg: FakeTelegram, chatId: number) => tg.messagesTo(chatId).map((m) => m.text);

async function until(condition: () => Promise<boolean> | boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`not done within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const allRecorded = (node: Node, chatIds: readonly number[]) => async () =>
  (await node.ledger.recorded(chatIds.map((chatId) => ({ chatId, day: DAY })))).every(Boolean);


describe('queue job ids and gaps', () => {
  it('gives each message of a (chat, day) its own id, a new one for each tick a failing message is retried on, and a group a longer gap', () => {
    const item = itemFor(-42);
    expect(sendJobId(item)).toBe(`-42_${DAY}_0`);
    expect(sendJobId({ ...item, next: 2 })).toBe(`-42_${DAY}_2`);
    expect(sendJobId({ ...item, next: 2, attempts: 1 })).toBe(`-42_${DAY}_2.1`);
    expect(chainDelayMs('private')).toBeGreaterThanOrEqual(1000);
    expect(chainDelayMs('group')).toBeGreaterThanOrEqual(3000);
    expect(chainDelayMs('channel')).toBe(chainDelayMs('group'));
  });
});

describe.concurrent.each(redis.map((b) => b.name))('queue delivery on %s', () => {
  it('when a process saved a message\'s progress and died before queuing the next one then the retried job sends the next message, not that one again', async (context) => {
    const chatId = 7300;
    const { tg, nodes } = await cluster(context, [chatId]);
    // The crash window: part 1 went out and next = 1 was saved; the job for part 1 (next = 0) is what BullMQ retries.
    const queued = itemFor(chatId);
    await nodes[0].outbox.save({ ...queued, next: 1 });
    await nodes[0].delivery.queue.add(SEND_JOB, { item: queued }, { jobId: sendJobId(queued) });
    await until(allRecorded(nodes[1], [chatId]), 10_000);
    expect(delivered(tg, chatId)).toEqual([text(chatId, 1), text(chatId, 2)]);
  });

  it('when two processes deliver 60 chats × 3 messages, enqueued by both and again mid-way, then each message goes once, in order, within every limit', async (context) => {
    const chatIds = [...Array.from({ length: 55 }, (_, i) => 7000 + i), ...Array.from({ length: 5 }, (_, i) => -7100 - i)];
    const { tg, nodes } = await cluster(context, chatIds);
    // Both processes' ticks enqueue the same open items, and a later tick repeats it while they are being sent.
    await Promise.all(nodes.map((n) => n.delivery.enqueueOpen()));
    await new Promise((r) => setTimeout(r, 1500));
    await nodes[1].delivery.enqueueOpen();
    await until(allRecorded(nodes[0], chatIds), 16_000);

    for (const chatId of chatIds) expect(delivered(tg, chatId), String(chatId)).toEqual(Array.from({ length: MESSAGES }, (_, i) => text(chatId, i)));
    // One job per message, however often it was enqueued (completed jobs are kept 10 minutes).
    const counts = await nodes[0].delivery.queue.getJobCounts('completed', 'waiting', 'delayed', 'active', 'failed');
    expect(counts).toMatchObject({ completed: chatIds.length * MESSAGES, waiting: 0, delayed: 0, active: 0, failed: 0 });
    // Under the limits, so the stand-in never had to refuse one.
    expect(tg.stats().rateLimited).toBe(0);
    expect(busiestWindow(sends(tg))).toBeLessThanOrEqual(30);
    for (const chatId of chatIds) {
      const times = sends(tg).filter((c) => c.chatId === chatId).map((c) => c.at);
      const gaps = times.slice(1).map((t, i) => t - times[i]!);
      expect(Math.min(...gaps), String(chatId)).toBeGreaterThanOrEqual(chatId < 0 ? 3000 : 1000);
    }
    for (const chatId of chatIds) expect((await nodes[1].ledger.get(chatId, DAY))?.status).toBe('sent');
    expect(await nodes[1].outbox.open()).toEqual([]);
    expect(nodes[0].delivery.health()).toMatchObject({ ok: true });
    // A later tick finds nothing open: nothing more is enqueued or sent.
    const before = sends(tg).length;
    expect(await nodes[0].delivery.enqueueOpen()).toBe(0);
    await new Promise((r) => setTimeout(r, 300));
    expect(sends(tg).length).toBe(before);
  }, 20_000);

  it('when Telegram answers 429 then the whole queue pauses for retry_after, and every message still goes once', async (context) => {
    const chatIds = Array.from({ length: 20 }, (_, i) => 7200 + i);
    const { tg, nodes } = await cluster(context, chatIds);
    tg.failNext('sendMessage', { kind: '429', retryAfter: 2 }, { chatId: 7205 });
    await nodes[0].delivery.enqueueOpen();
    await until(() => tg.calls.some((c) => c.injected === '429' || c.status === 429), 5000);
    const limited = tg.calls.find((c) => c.status === 429)!;
    await until(() => nodes.some((n) => n.delivery.health()?.pausedUntil !== undefined), 3000);
    await until(allRecorded(nodes[0], chatIds), 15_000);

    // Nothing to any chat, from either process, for the 2 s after the 429 (a request already on the wire may land).
    const during = sends(tg).filter((c) => c.at > limited.at + 100 && c.at < limited.at + 1900);
    expect(during).toEqual([]);
    for (const chatId of chatIds) expect(delivered(tg, chatId), String(chatId)).toEqual(Array.from({ length: MESSAGES }, (_, i) => text(chatId, i)));
  }, 20_000);

  it('when a chat has blocked the bot (403) then its subscription is paused, its digest dropped as undeliverable, and the other chats get theirs', async (context) => {
    const chatIds = [7300, 7301, 7302];
    const { tg, nodes } = await cluster(context, chatIds);
    tg.failNext('sendMessage', { kind: '403', reason: 'blocked' }, { chatId: 7301, times: Infinity });
    tg.failNext('sendMessage', { kind: '5xx', status: 502 }, { chatId: 7302, times: 2 });
    await nodes[1].delivery.enqueueOpen();
    await until(allRecorded(nodes[0], chatIds), 15_000);

    expect((await nodes[0].subscriptions.get(7301))?.status).toBe('paused');
    expect((await nodes[0].ledger.get(7301, DAY))?.status).toBe('undeliverable');
    expect(sends(tg).filter((c) => c.chatId === 7301)).toHaveLength(1);
    // A 5xx is retried with backoff (the job's attempts), then the digest goes on in order.
    expect(delivered(tg, 7302)).toEqual(Array.from({ length: MESSAGES }, (_, i) => text(7302, i)));
    expect(delivered(tg, 7300)).toEqual(Array.from({ length: MESSAGES }, (_, i) => text(7300, i)));
    expect(await nodes[0].outbox.open()).toEqual([]);
  }, 20_000);
});
