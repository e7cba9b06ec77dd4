// Outbox saves as a group commit (src/store/keyv-outbox.ts): saves asked for while one is being written go together in
// the next write, and each resolves only when its own write has landed (or fails with it).
import Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import { createKeyvOutbox } from '../../src/store/keyv-outbox.js';
import { crashingKeyv, InjectedCrash } from '../support/crashing-keyv.js';
import { DAY, digestFor } from './sender-on-store.js';

describe('outbox: saves as a group commit', () => {
  it('when three saves are asked for at once then the first goes alone, the other two in one write, and each reads back', async () => {
    const counted = crashingKeyv(new Keyv(), Infinity);
    const outbox = createKeyvOutbox(counted.kv);
    const items = [digestFor(1, 3), digestFor(2, 3), digestFor(3, 3)].map((item, i) => ({ ...item, next: i + 1 }));
    const landed: number[] = [];
    await Promise.all(items.map((item) => outbox.save(item).then(() => landed.push(item.chatId))));
    expect(counted.writes()).toEqual([`set outbox:1:${DAY}`, `setMany outbox:2:${DAY}`]);
    expect(landed.sort()).toEqual([1, 2, 3]);
    expect((await Promise.all([1, 2, 3].map((id) => outbox.get(id, DAY)))).map((i) => i?.next)).toEqual([1, 2, 3]);
  });

  it('when one item is saved twice while a write is on its way then it is written once, with the newer progress', async () => {
    const counted = crashingKeyv(new Keyv(), Infinity);
    const outbox = createKeyvOutbox(counted.kv);
    const item = digestFor(4, 3);
    await Promise.all([outbox.save(digestFor(5, 1)), outbox.save({ ...item, next: 1 }), outbox.save({ ...item, next: 2 })]);
    expect(counted.writes()).toEqual([`set outbox:5:${DAY}`, `set outbox:4:${DAY}`]);
    expect((await outbox.get(4, DAY))?.next).toBe(2);
  });

  it('when the grouped write fails then every save in it fails, and the one before it stands', async () => {
    const counted = crashingKeyv(new Keyv(), 2);
    const outbox = createKeyvOutbox(counted.kv);
    const results = await Promise.allSettled([1, 2, 3].map((id) => outbox.save({ ...digestFor(id, 2), next: 1 })));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected']);
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(InjectedCrash);
    expect((await outbox.get(1, DAY))?.next).toBe(1);
    expect(await outbox.get(2, DAY)).toBeUndefined();
  });
});
