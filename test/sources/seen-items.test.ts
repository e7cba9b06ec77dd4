import { describe, expect, it } from 'vitest';
import { freshItems, itemKeys, mergeSeen } from '../../src/sources/seen-items.js';

interface Item {
  guid?: string;
  link?: string;
  title: string;
}
const keysOf = (item: Item) => itemKeys(item);

/** What a poll does: new items are those with no seen key; then every item's keys are marked. */
function poll(seen: string[], items: Item[], limit = 2000) {
  const known = new Set(seen);
  const fresh = freshItems(items, keysOf, (k) => known.has(k));
  return { fresh: fresh.map((i) => i.title), seen: mergeSeen(seen, items.flatMap(keysOf), limit) ?? seen };
}

const a = { guid: 'urn:a', link: 'https://news.example/a', title: 'A' };
const b = { guid: 'urn:b', link: 'https://news.example/b', title: 'B' };
const c = { guid: 'urn:c', link: 'https://news.example/c', title: 'C' };

describe('seen items', () => {
  it('when an item has a guid and a link then both are short keys, distinct by kind', () => {
    const keys = itemKeys({ guid: ' urn:a ', link: 'https://news.example/a' });
    expect(keys).toHaveLength(2);
    for (const k of keys) expect(k).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(itemKeys({ guid: 'urn:a' })).toEqual([keys[0]]);
    expect(itemKeys({ guid: 'x' })).not.toEqual(itemKeys({ link: 'x' }));
    expect(itemKeys({ guid: '  ', link: '' })).toEqual([]);
  });

  it('when a feed is polled again unchanged or reordered then nothing is new', () => {
    const first = poll([], [a, b]);
    expect(first.fresh).toEqual(['A', 'B']);
    expect(poll(first.seen, [b, a]).fresh).toEqual([]);
    expect(poll(first.seen, [c, b, a]).fresh).toEqual(['C']);
  });

  it('when an item is re-published with a new guid but the same link, or a new link but the same guid, then it is not new', () => {
    const { seen } = poll([], [a]);
    expect(poll(seen, [{ ...a, guid: 'urn:a-v2', title: 'A again' }]).fresh).toEqual([]);
    expect(poll(seen, [{ ...a, link: 'https://news.example/a-updated', title: 'A moved' }]).fresh).toEqual([]);
  });

  it('when one fetch lists the same story twice then it is yielded once, and items without keys never', () => {
    expect(poll([], [a, { ...a, guid: 'urn:dup', title: 'A dup' }, { title: 'no keys' }]).fresh).toEqual(['A']);
  });

  it('when nothing new is marked then no write is needed', () => {
    const { seen } = poll([], [a, b]);
    expect(mergeSeen(seen, [...itemKeys(b), ...itemKeys(a)])).toBeUndefined();
    expect(mergeSeen(seen, [])).toBeUndefined();
  });

  it('when the limit is reached then the oldest marked keys go first and the latest feed is always kept', () => {
    const keys = (n: number) => Array.from({ length: n }, (_, i) => `k${i}`);
    expect(mergeSeen(keys(5), ['k0', 'new'], 4)).toEqual(['k3', 'k4', 'k0', 'new']);
    expect(mergeSeen(keys(3), ['x', 'y', 'z', 'w', 'v'], 4)).toEqual(['x', 'y', 'z', 'w', 'v']);
  });

  it('when a long feed keeps old items while new ones arrive then an item still in the feed is never yielded again', () => {
    const items = Array.from({ length: 40 }, (_, i) => ({ guid: `g${i}`, link: `https://news.example/${i}`, title: `T${i}` }));
    let state = poll([], items.slice(0, 10), 24); // 12 items' worth of keys
    for (let end = 11; end <= 40; end += 1) {
      // the feed always keeps item 0 at the bottom, plus the newest nine
      const feed = [...items.slice(end - 9, end), items[0]!];
      const next = poll(state.seen, feed, 24);
      expect(next.fresh).toEqual([`T${end - 1}`]);
      state = next;
    }
    expect(state.seen.length).toBeLessThanOrEqual(24);
  });
});
