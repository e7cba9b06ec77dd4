import { afterEach, describe, expect, it } from 'vitest';
import type { OutboxItem } from '../../src/store/outbox.port.js';
import { createDigestRig, type DigestRig } from '../support/digest-rig.js';

const rigs: DigestRig[] = [];
afterEach(async () => {
  for (const rig of rigs.splice(0)) await rig.close();
});

const item = (chatId: number, next: number): OutboxItem => ({
  chatId, day: '2026-03-10', chatKind: 'private', messages: ['<b>Part one</b>', 'Part two', '<i>Part three</i>'],
  next, events: { ev_a: 2, ev_b: 1 }, attempts: 0, createdAt: '2026-03-10T05:00:00.000Z',
});

describe('outbox: resuming after a crash', () => {
  it('when the process died after the first of three messages then the next run sends only the second and third', async () => {
    const rig = await createDigestRig('2026-03-10T05:01:00Z');
    rigs.push(rig);
    await rig.subscribe(61);
    expect(await rig.app.outbox.enqueue([item(61, 1)])).toHaveLength(1);
    const report = await rig.send();
    expect(report).toMatchObject({ delivered: 1, messages: 2 });
    expect(rig.tg.messagesTo(61).map((m) => m.text)).toEqual(['Part two', '<i>Part three</i>']);
    expect(await rig.app.ledger.get(61, '2026-03-10')).toMatchObject({ status: 'sent', messageCount: 3, eventIds: ['ev_a', 'ev_b'] });
    expect((await rig.app.ledger.lastDigest([61]))[0]?.events).toEqual({ ev_a: 2, ev_b: 1 });
    expect(await rig.app.outbox.open()).toEqual([]);
  });

  it('when every message went out but the ledger write did not then the item is finished without sending anything', async () => {
    const rig = await createDigestRig('2026-03-10T05:01:00Z');
    rigs.push(rig);
    await rig.subscribe(62);
    await rig.app.outbox.enqueue([item(62, 3)]);
    expect(await rig.send()).toMatchObject({ delivered: 1, messages: 0 });
    expect(rig.tg.calls.filter((c) => c.method === 'sendMessage')).toHaveLength(0);
    expect(await rig.app.ledger.get(62, '2026-03-10')).toMatchObject({ status: 'sent' });
    expect(await rig.app.outbox.open()).toEqual([]);
    // The job's next tick sees the day recorded and does not compose it again.
    expect(await rig.tick()).toMatchObject({ due: 0, enqueued: 0 });
    expect(rig.tg.calls.filter((c) => c.method === 'sendMessage')).toHaveLength(0);
  });

  it('when a tick finds an open item for a due day then it delivers that item rather than composing another', async () => {
    const rig = await createDigestRig('2026-03-10T05:01:00Z');
    rigs.push(rig);
    await rig.subscribe(63);
    await rig.app.outbox.enqueue([item(63, 2)]);
    const report = await rig.tick();
    expect(report).toMatchObject({ due: 0, enqueued: 0 });
    expect(rig.tg.messagesTo(63).map((m) => m.text)).toEqual(['<i>Part three</i>']);
  });
});
