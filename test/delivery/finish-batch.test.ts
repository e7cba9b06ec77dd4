// When the in-process sender's batched finishes (src/delivery/finish-batch.ts) land: full, old enough, before a long
// wait, or at the end; and what a batch writes.
import Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import { createFinishBatch, FINISH_BATCH, FINISH_MAX_WAIT_MS, FINISH_WHEN_IDLE_MS } from '../../src/delivery/finish-batch.js';
import { silentLogger } from '../../src/logger.js';
import { createKeyvDigestLedger } from '../../src/store/keyv-digest-ledger.js';
import { createKeyvOutbox } from '../../src/store/keyv-outbox.js';
import type { SendReport } from '../../src/delivery/send-deps.js';
import { createSenderRig, DAY, digestFor } from './sender-on-store.js';

async function setUp() {
  let now = Date.parse('2026-03-10T05:00:00Z');
  const kv = new Keyv();
  const outbox = createKeyvOutbox(kv);
  const ledger = createKeyvDigestLedger(kv);
  const report: SendReport = { delivered: 0, messages: 0, rateLimited: 0, paused: 0, leftForNextTick: 0, asPlainText: 0, refusedContents: 0 };
  const batch = createFinishBatch({ ledger, outbox, clock: { now: () => new Date(now) }, logger: silentLogger }, report);
  const items = Array.from({ length: FINISH_BATCH + 1 }, (_, i) => ({ ...digestFor(100 + i, 1), next: 1 }));
  await outbox.enqueue(items);
  const recorded = async () => (await ledger.recorded(items)).filter(Boolean).length;
  return { batch, ledger, outbox, report, items, recorded, advance: (ms: number) => (now += ms) };
}

describe('sender: batched finishes', () => {
  it('when the first digest of a batch has waited FINISH_MAX_WAIT_MS then the batch lands, not a millisecond before', async () => {
    const { batch, items, recorded, advance, report } = await setUp();
    batch.sent(items[0]!);
    advance(FINISH_MAX_WAIT_MS - 1);
    batch.sent(items[1]!);
    await batch.flushIfDue();
    expect(await recorded()).toBe(0);
    advance(1);
    await batch.flushIfDue();
    expect(await recorded()).toBe(2);
    expect(report.delivered).toBe(2);
  });

  it('when the batch is full, or the sender is about to wait long, then it lands at once', async () => {
    const { batch, items, recorded, outbox } = await setUp();
    for (const item of items.slice(0, FINISH_BATCH - 1)) batch.sent(item);
    await batch.flushIfDue({ idleMs: FINISH_WHEN_IDLE_MS - 1 });
    expect(await recorded()).toBe(0);
    batch.sent(items[FINISH_BATCH - 1]!);
    await batch.flushIfDue();
    expect(await recorded()).toBe(FINISH_BATCH);
    expect((await outbox.open()).map((i) => i.chatId)).toEqual([items[FINISH_BATCH]!.chatId]);
    batch.sent(items[FINISH_BATCH]!);
    await batch.flushIfDue({ idleMs: FINISH_WHEN_IDLE_MS });
    expect(await recorded()).toBe(FINISH_BATCH + 1);
  });

  it('when another process recorded a day first then the batch leaves its entry and window start alone, and does not count it', async () => {
    const { batch, items, ledger, report } = await setUp();
    await ledger.record({ chatId: 100, day: DAY, status: 'sent', eventIds: ['other'], messageCount: 1, sentAt: '2026-03-10T04:00:00.000Z' }, { sentAt: '2026-03-10T04:00:00.000Z', events: { other: 1 } });
    batch.sent(items[0]!);
    batch.sent(items[1]!);
    await batch.flushIfDue({ force: true });
    expect(report.delivered).toBe(1);
    expect(await ledger.get(100, DAY)).toMatchObject({ eventIds: ['other'] });
    expect((await ledger.lastDigest([100, 101])).map((l) => l?.events)).toEqual([{ other: 1 }, { ev_101: 1 }]);
  });

  it('when one chat finishes two days in one batch on sqlite then both are recorded and its window starts from the later', async () => {
    const rig = await createSenderRig();
    try {
      // Both sent before a crash, neither recorded: the next run finishes both in its first batch.
      const yesterday = { ...digestFor(9400, 1), day: '2026-03-09', next: 1, events: { ev_old: 1 }, createdAt: '2026-03-09T05:00:00.000Z' };
      await rig.outbox.enqueue([yesterday, { ...digestFor(9400, 1), next: 1 }]);
      const { report, writes } = await rig.run();
      expect(report).toMatchObject({ delivered: 2, messages: 0 });
      expect(writes.filter((w) => w.startsWith('setMany ledger:'))).toHaveLength(1);
      expect(await rig.ledger.recorded([yesterday, digestFor(9400, 1)])).toEqual([true, true]);
      expect((await rig.ledger.lastDigest([9400]))[0]).toMatchObject({ events: { ev_9400: 1 }, composedAt: '2026-03-10T04:59:00.000Z' });
    } finally {
      await rig.close();
    }
  });

  it('when one record of a batch is invalid then the others are recorded and removed, and that item stays in the outbox unrecorded', async () => {
    const { batch, items, outbox, report, recorded } = await setUp();
    const bad = { ...items[1]!, day: 'not-a-day' };
    batch.sent(items[0]!);
    batch.sent(bad);
    batch.sent(items[2]!);
    await batch.flushIfDue({ force: true });
    expect(await recorded()).toBe(2);
    expect(report.delivered).toBe(2);
    const open = (await outbox.open()).map((i) => i.chatId);
    expect(open).toContain(items[1]!.chatId);
    expect(open).not.toContain(items[0]!.chatId);
    expect(open).not.toContain(items[2]!.chatId);
  });
});
