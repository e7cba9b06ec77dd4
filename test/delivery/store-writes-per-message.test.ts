// What a delivered message costs the store: its progress save, and nothing else per message. The ledger entries and
// the items' removal go in batches (src/delivery/finish-batch.ts). Counted on the real (sqlite) store's keyv.
import { afterEach, describe, expect, it } from 'vitest';
import { FINISH_BATCH } from '../../src/delivery/finish-batch.js';
import { createSenderRig, DAY, digestFor, type SenderRig } from './sender-on-store.js';

let rig: SenderRig;
afterEach(async () => {
  await rig.close();
});

const count = (writes: string[], prefix: string) => writes.filter((w) => w.startsWith(prefix)).length;

describe('sender: one store write per delivered message', () => {
  it('when 150 one-message digests and 10 three-message digests go then each message costs one write, and finishes come in batches', async () => {
    rig = await createSenderRig();
    const singles = Array.from({ length: 150 }, (_, i) => digestFor(9000 + i, 1));
    const triples = Array.from({ length: 10 }, (_, i) => digestFor(9500 + i, 3));
    await rig.outbox.enqueue([...singles, ...triples]);
    const { report, writes } = await rig.run();
    expect(report).toMatchObject({ delivered: 160, messages: 180 });
    // One progress save per message, the last one included...
    expect(count(writes, 'set outbox:9')).toBe(180);
    // ...and per batch one ledger write (entries and window starts together) and one removal. A batch goes when
    // full, and when the sender is about to wait a second anyway (here twice: a three-message chat's 1/s).
    const batches = count(writes, 'setMany ledger:');
    expect(batches).toBeGreaterThanOrEqual(Math.ceil(160 / FINISH_BATCH));
    expect(batches).toBeLessThanOrEqual(Math.ceil(160 / FINISH_BATCH) + 2);
    expect(count(writes, 'deleteMany outbox:')).toBe(batches);
    // Beyond that only the open list, compacted once per run.
    expect(writes.length).toBe(180 + 2 * batches + 1);
    expect(writes.length / 180).toBeLessThan(1.05);
    // Everything recorded and gone from the outbox.
    expect((await rig.ledger.recorded([...singles, ...triples])).every(Boolean)).toBe(true);
    expect((await rig.ledger.lastDigest([9000, 9509])).map((l) => l?.events)).toEqual([{ ev_9000: 1 }, { ev_9509: 1 }]);
    expect(await rig.outbox.open()).toEqual([]);
    expect(rig.tg.messagesTo(9509).map((m) => m.text)).toEqual(['9509 part 1', '9509 part 2', '9509 part 3']);
  });

  it('when four items are in flight at a time then saves that meet go in one write, and every message is saved', async () => {
    rig = await createSenderRig();
    const items = Array.from({ length: 40 }, (_, i) => digestFor(9100 + i, 2));
    await rig.outbox.enqueue(items);
    const { report, writes } = await rig.run({ concurrency: 4 });
    expect(report).toMatchObject({ delivered: 40, messages: 80 });
    const saves = count(writes, 'set outbox:9') + count(writes, 'setMany outbox:9');
    expect(saves).toBeGreaterThan(0);
    expect(saves).toBeLessThanOrEqual(80);
    const batches = count(writes, 'setMany ledger:');
    expect(batches).toBeLessThanOrEqual(3);
    expect(writes.length).toBe(saves + 2 * batches + 1);
    expect(rig.tg.messagesTo(9139).map((m) => m.text)).toEqual(['9139 part 1', '9139 part 2']);
    expect(await rig.outbox.open()).toEqual([]);
  });

  it('when a fan-out of fewer digests than a batch takes seconds then they are recorded as it goes, not all at the end', async () => {
    rig = await createSenderRig();
    // 90 one-message digests at 10/s: ~10 s, under FINISH_BATCH digests. The fake Telegram answers at once, so the
    // pacer waits out each full second: a batch goes at each of those waits.
    await rig.outbox.enqueue(Array.from({ length: 90 }, (_, i) => digestFor(9300 + i, 1)));
    const { report, writes } = await rig.run({ perSecond: 10 });
    expect(report).toMatchObject({ delivered: 90, messages: 90 });
    const ledgerWrites = writes.flatMap((w, i) => (w.startsWith('setMany ledger:') ? [i] : []));
    expect(ledgerWrites.length).toBe(Math.ceil(90 / Math.floor(10 * 0.97)));
    // The first batch went before the last message's save, not at the end of the run.
    expect(ledgerWrites[0]).toBeLessThan(writes.lastIndexOf('set outbox:9389:2026-03-10'));
  });

  it('when a day the ledger already has is still in the outbox then it is removed without a message or a ledger write', async () => {
    rig = await createSenderRig();
    // E.g. a digest dropped as undeliverable, the process dying before the item's removal.
    await rig.outbox.enqueue([digestFor(9200, 2), digestFor(9201, 1)]);
    await rig.ledger.record({ chatId: 9200, day: DAY, status: 'undeliverable', eventIds: [], messageCount: 0, sentAt: '2026-03-10T05:00:00.000Z' });
    const { report, writes } = await rig.run();
    expect(report).toMatchObject({ delivered: 1, messages: 1 });
    expect(rig.tg.messagesTo(9200)).toHaveLength(0);
    expect(await rig.ledger.get(9200, DAY)).toMatchObject({ status: 'undeliverable' });
    expect(await rig.outbox.open()).toEqual([]);
    expect(count(writes, 'setMany ledger:')).toBe(1);
  });
});
