// Shared lists across processes: two stores opened on one backend (two connections and two lock clients, as two
// bot processes have) change the subscription index, the outbox's open list and the source index at once, each
// under its store's listLock, and no entry or change is lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newSource } from '../../src/sources/source.js';
import { createKeyvOutbox } from '../../src/store/keyv-outbox.js';
import { createKeyvSourceStore } from '../../src/store/keyv-source-store.js';
import { createKeyvSubscriptionStore } from '../../src/store/keyv-subscription-store.js';
import type { Store } from '../../src/store/open-store.js';
import type { OutboxItem } from '../../src/store/outbox.port.js';
import type { Subscription } from '../../src/subscriptions/subscription.js';
import { testBackends } from '../support/backends.js';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const AT = NOW.toISOString();

const subscription = (chatId: number, extra: Partial<Subscription> = {}): Subscription => ({
  chatId,
  chatType: 'group',
  time: '08:00',
  timeZone: 'UTC',
  include: [],
  exclude: [],
  status: 'active',
  createdAt: AT,
  updatedAt: AT,
  ...extra,
});

const item = (chatId: number, day = '2026-03-01'): OutboxItem => ({
  chatId,
  day,
  chatKind: 'group',
  messages: [`digest for ${chatId}`],
  next: 0,
  events: {},
  attempts: 0,
  createdAt: AT,
});

const feed = (n: number) => newSource({ url: `https://shared${n}.example/rss`, feedUrl: `https://shared${n}.example/rss`, kind: 'feed', chatId: -500 }, NOW);

/** 1..n, each run by the store at its parity: half the calls from each process, interleaved. */
const split = <T>(n: number, run: (side: 0 | 1, i: number) => Promise<T>) => Promise.all(Array.from({ length: n }, (_, i) => run((i % 2) as 0 | 1, i + 1)));

const backends = testBackends();
const opened: Store[] = [];
afterAll(async () => {
  await Promise.all(opened.map((s) => s.close()));
  await Promise.all(backends.map((b) => b.cleanup()));
});

describe.each(backends.map((b) => [b.name, b] as const))('shared lists changed by two processes at once on %s', (_name, backend) => {
  const sides: Store[] = [];
  beforeAll(async () => {
    sides.push(await backend.open(), await backend.open());
    opened.push(...sides);
  });
  const subscriptions = () => sides.map((s) => createKeyvSubscriptionStore(s.kv, { lock: s.listLock }));
  const outboxes = () => sides.map((s) => createKeyvOutbox(s.kv, { lock: s.listLock }));
  const sourceStores = () => sides.map((s) => createKeyvSourceStore(s.kv, { lock: s.listLock }));

  it('when 40 chats subscribe at once, half through each process, then the index and the owner list have all 40', async () => {
    const stores = subscriptions();
    await split(40, (side, i) => stores[side]!.put(subscription(1000 + i, { chatType: 'channel', ownerUserId: 77 })));
    const want = Array.from({ length: 40 }, (_, i) => 1001 + i);
    for (const store of stores) {
      expect((await store.list()).map((s) => s.chatId).filter((id) => id > 1000 && id <= 1040).sort((a, b) => a - b)).toEqual(want);
      expect((await store.listOwnedBy(77)).map((s) => s.chatId).sort((a, b) => a - b)).toEqual(want);
    }
  });

  it('when both processes update one chat 20 times each at once then every change is kept', async () => {
    const stores = subscriptions();
    await stores[0]!.put(subscription(2000));
    const results = await split(40, (side, i) => stores[side]!.update(2000, (s) => ({ ...s, include: [...s.include, `topic${i}`] })));
    expect(results.every((r) => r !== undefined)).toBe(true);
    const include = (await stores[1]!.get(2000))!.include;
    expect([...include].sort()).toEqual(Array.from({ length: 40 }, (_, i) => `topic${i + 1}`).sort());
  });

  it('when chats move to new ids in one process while the other subscribes new chats then the index has exactly the moved and the new ids', async () => {
    const stores = subscriptions();
    for (let i = 1; i <= 10; i++) await stores[0]!.put(subscription(3000 + i));
    await Promise.all([
      ...Array.from({ length: 10 }, (_, i) => stores[0]!.move(3001 + i, 3101 + i, NOW)),
      ...Array.from({ length: 10 }, (_, i) => stores[1]!.put(subscription(3201 + i))),
    ]);
    const ids = (await stores[0]!.list()).map((s) => s.chatId).filter((id) => id > 3000 && id < 4000);
    const want = [...Array.from({ length: 10 }, (_, i) => 3101 + i), ...Array.from({ length: 10 }, (_, i) => 3201 + i)];
    expect(ids.sort((a, b) => a - b)).toEqual(want);
  });

  it('when both processes enqueue 40 different digests at once then the outbox lists all 40, and a repeated one is added once', async () => {
    const boxes = outboxes();
    const added = await split(40, (side, i) => boxes[side]!.enqueue([item(4000 + i)]));
    expect(added.flat()).toHaveLength(40);
    const open = (await boxes[1]!.open()).map((x) => x.chatId).filter((id) => id > 4000 && id <= 4040);
    expect(open.sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => 4001 + i));

    const twice = await Promise.all(boxes.map((box) => box.enqueue([item(4100)])));
    expect(twice.map((a) => a.length).sort()).toEqual([0, 1]);
  });

  it('when one process finishes and compacts while the other enqueues and retargets then no new item leaves the open list', async () => {
    const boxes = outboxes();
    const done = Array.from({ length: 20 }, (_, i) => item(5001 + i));
    await boxes[0]!.enqueue(done);
    const moving = item(5100);
    await boxes[1]!.enqueue([moving]);
    // Each compact has a finished id to drop, so each one rewrites the open list.
    const finishing = async () => {
      for (const d of done) {
        await boxes[0]!.finish(d);
        await boxes[0]!.compact();
      }
    };
    await Promise.all([finishing(), boxes[1]!.retarget(moving, 5101), ...Array.from({ length: 20 }, (_, i) => boxes[1]!.enqueue([item(5201 + i)]))]);
    await boxes[1]!.compact();
    const open = (await boxes[0]!.open()).map((x) => x.chatId).filter((id) => id > 5000 && id < 6000);
    expect(open.sort((a, b) => a - b)).toEqual([5101, ...Array.from({ length: 20 }, (_, i) => 5201 + i)]);
  });

  it('when both processes add 40 different sources at once then all 40 are listed', async () => {
    const stores = sourceStores();
    const results = await split(40, (side, i) => stores[side]!.add(feed(i)));
    expect(results.every((r) => r.ok)).toBe(true);
    const listed = (await stores[0]!.list({ chatId: -500 })).map((s) => s.id);
    expect([...listed].sort()).toEqual(Array.from({ length: 40 }, (_, i) => feed(i + 1).id).sort());
  });

  it('when both processes update one source, then mark it seen, 20 times each at once then every change and every key is kept', async () => {
    const stores = sourceStores();
    const source = feed(100);
    await stores[0]!.add(source);
    await split(40, (side, i) => stores[side]!.update(source.id, (s) => ({ ...s, etag: `${s.etag ?? ''}[${i}]` })));
    const etag = (await stores[1]!.get(source.id))!.etag ?? '';
    expect(etag.match(/\[\d+\]/g)?.sort()).toEqual(Array.from({ length: 40 }, (_, i) => `[${i + 1}]`).sort());

    const keys = Array.from({ length: 40 }, (_, i) => `guid:${i + 1}`);
    await split(40, (side, i) => stores[side]!.markSeen(source.id, [`guid:${i}`]));
    expect(await stores[1]!.unseen(source.id, keys)).toEqual([]);
  });
});
