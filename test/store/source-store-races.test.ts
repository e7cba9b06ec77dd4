// The source store's changes run one at a time inside the process: grammY's runner handles /sources adds
// concurrently and the poller shares the process, so the index's read-modify-write must not lose an entry,
// and an update racing a remove must not bring the source back.
import { afterEach, describe, expect, it } from 'vitest';
import { newSource, type Source } from '../../src/sources/source.js';
import { createKeyvSourceStore } from '../../src/store/keyv-source-store.js';
import { openStore, type Store } from '../../src/store/open-store.js';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const feed = (n: number, chatId?: number): Source =>
  newSource({ url: `https://news${n}.example/rss`, feedUrl: `https://news${n}.example/rss`, kind: 'feed', ...(chatId === undefined ? {} : { chatId }) }, NOW);

const opened: Store[] = [];
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
});
async function freshStore(url: string) {
  const store = await openStore(url);
  opened.push(store);
  return createKeyvSourceStore(store.kv);
}

describe.each(['memory://', 'sqlite://:memory:'])('source store changes at once (%s)', (url) => {
  it('when 20 sources are added at once then all 20 are listed, in the order the adds were made', async () => {
    const sources = await freshStore(url);
    const twenty = Array.from({ length: 20 }, (_, i) => feed(i + 1, -100));
    const results = await Promise.all(twenty.map((s) => sources.add(s)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect((await sources.list({ chatId: -100 })).map((s) => s.id)).toEqual(twenty.map((s) => s.id));
  });

  it('when the same feed is added twice at once then one add wins and the other is told it exists', async () => {
    const sources = await freshStore(url);
    const [a, b] = await Promise.all([sources.add(feed(1)), sources.add({ ...feed(1), title: 'Second' })]);
    expect([a.ok, b.ok]).toEqual([true, false]);
    expect(await sources.list()).toHaveLength(1);
  });

  it('when an update (a poll finishing) races a remove then the source stays removed, whichever starts first', async () => {
    const sources = await freshStore(url);
    const [first, second] = [feed(1), feed(2)];
    await sources.add(first);
    await sources.add(second);
    const polled = (s: Source): Source => ({ ...s, health: { ...s.health, lastStatus: 'new' } });

    const [updated, removed] = await Promise.all([sources.update(first.id, polled), sources.remove(first.id)]);
    expect(updated?.health.lastStatus).toBe('new');
    expect(removed).toBe(true);
    const [removedFirst, late] = await Promise.all([sources.remove(second.id), sources.update(second.id, polled)]);
    expect(removedFirst).toBe(true);
    expect(late).toBeUndefined();

    expect(await sources.get(first.id)).toBeUndefined();
    expect(await sources.get(second.id)).toBeUndefined();
    expect(await sources.list()).toEqual([]);
  });

  it('when a change throws then the changes queued after it still run', async () => {
    const sources = await freshStore(url);
    await sources.add(feed(1));
    const id = feed(1).id;
    const bad = sources.update(id, (s) => ({ ...s, chatId: 5 }));
    const next = sources.add(feed(2));
    await expect(bad).rejects.toThrow(/must keep its id and chatId/);
    expect((await next).ok).toBe(true);
    expect(await sources.list()).toHaveLength(2);
  });
});
