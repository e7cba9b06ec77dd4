// The delivery guarantee with progress saved once per message and the ledger written in batches: the sender
// "dies" before each of its store writes in turn (that write and every later one fail, as if the process had
// stopped there; messages Telegram accepted stay accepted), then a second sender on the same store finishes.
// Each time: every chat has its whole digest in order, the only repeat is the one message whose save failed,
// every day is in the ledger once, the outbox is empty, and a third run sends nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { InjectedCrash } from '../support/crashing-keyv.js';
import { createSenderRig, DAY, digestFor, type SenderRig } from './sender-on-store.js';

let rig: SenderRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

// One-message digests (the ledger batch is their only finish) and multi-message ones (progress saves in between).
const DIGESTS = [digestFor(7001, 1), digestFor(7002, 3), digestFor(7003, 1), digestFor(7004, 2), digestFor(7005, 1)];
const expected = (chatId: number) => DIGESTS.find((d) => d.chatId === chatId)!.messages;

async function crashRun(crashAt: number, concurrency = 1): Promise<{ repeats: number; writes: string[] }> {
  rig = await createSenderRig();
  await rig.outbox.enqueue(DIGESTS);
  const crashed = await rig.run({ crashAt, concurrency });
  // With several in flight, how saves group (and so how many writes a run takes) depends on timing: a run that
  // needed fewer writes than crashAt did not crash. One at a time, the writes are the same every run.
  if (concurrency > 1 && crashed.error === undefined) expect(crashed.writes.length).toBeLessThan(crashAt);
  else expect(crashed.error).toBeInstanceOf(InjectedCrash);
  const resumed = await rig.run();
  expect(resumed.error).toBeUndefined();
  let repeats = 0;
  for (const { chatId } of DIGESTS) {
    const texts = rig.tg.messagesTo(chatId).map((m) => m.text);
    // In order, with any repeat right after the original (the resumed sender starts at the unsaved message).
    expect([...new Set(texts)]).toEqual(expected(chatId));
    // At most one repeat per chat: the one message it had in flight.
    expect(texts.length - expected(chatId).length).toBeLessThanOrEqual(1);
    repeats += texts.length - expected(chatId).length;
    expect(await rig.ledger.get(chatId, DAY)).toMatchObject({ status: 'sent', messageCount: expected(chatId).length });
  }
  expect(await rig.outbox.open()).toEqual([]);
  const again = await rig.run();
  expect(again.report).toMatchObject({ delivered: 0, messages: 0 });
  const total = DIGESTS.reduce((n, d) => n + d.messages.length, 0);
  expect(rig.tg.calls.filter((c) => c.method === 'sendMessage' && c.accepted)).toHaveLength(total + repeats);
  await rig.close();
  rig = undefined;
  return { repeats, writes: crashed.writes };
}

describe('sender: a crash before any store write', () => {
  it('when the sender dies before each of its writes in turn then a restart completes every digest once, repeating at most the one message in flight', async () => {
    rig = await createSenderRig();
    await rig.outbox.enqueue(DIGESTS);
    const clean = await rig.run();
    const writes = clean.writes.length;
    await rig.close();
    rig = undefined;
    // 8 progress saves; 3 batches (a ledger write and a removal each: the sender flushes before each of its two
    // one-second waits for a chat's next part, and at the end); the open list.
    expect(writes).toBe(8 + 3 * 2 + 1);
    for (let crashAt = 1; crashAt <= writes; crashAt++) {
      const { repeats, writes: attempted } = await crashRun(crashAt);
      const failed = attempted[crashAt - 1]!;
      // A failed progress save repeats exactly its message; a failed batch or compaction repeats nothing.
      expect({ crashAt, failed, repeats }).toEqual({ crashAt, failed, repeats: failed.startsWith('set outbox:7') ? 1 : 0 });
    }
  }, 60_000);

  it('when three items are in flight and the sender dies before each of its writes in turn then at most three messages repeat, one per chat', async () => {
    rig = await createSenderRig();
    await rig.outbox.enqueue(DIGESTS);
    const clean = await rig.run({ concurrency: 3 });
    const writes = clean.writes.length;
    await rig.close();
    rig = undefined;
    let worst = 0;
    for (let crashAt = 1; crashAt <= writes; crashAt++) {
      const { repeats } = await crashRun(crashAt, 3);
      expect(repeats).toBeLessThanOrEqual(3);
      worst = Math.max(worst, repeats);
    }
    // Some crash does repeat a message (else this test would prove nothing).
    expect(worst).toBeGreaterThanOrEqual(1);
  }, 60_000);
});
