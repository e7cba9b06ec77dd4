// A group that becomes a supergroup gets a new chat id, and source ids hash the chat id: moveChat re-keys the
// group's own sources for the new id, keeping what polling learned (seen items, validators, health).
import { afterEach, describe, expect, it } from 'vitest';
import { newSource, sourceId, type Source } from '../../src/sources/source.js';
import { createKeyvSourceStore } from '../../src/store/keyv-source-store.js';
import { openStore, type Store } from '../../src/store/open-store.js';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const GROUP = -4001;
const SUPERGROUP = -1004001;
const feed = (path: string, chatId?: number, title?: string): Source =>
  newSource({ url: `https://news.example${path}`, feedUrl: `https://news.example${path}`, kind: 'feed', ...(chatId === undefined ? {} : { chatId }), ...(title ? { title } : {}) }, NOW);

const opened: Store[] = [];
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
});
async function freshStore() {
  const store = await openStore('memory://');
  opened.push(store);
  return createKeyvSourceStore(store.kv);
}

describe('source store moveChat', () => {
  it('when a group migrates then its sources move to the new id in order, seen items, validators and health kept, and the old ones are gone', async () => {
    const sources = await freshStore();
    const polled: Source = {
      ...feed('/a', GROUP, 'A'), addedBy: 7, etag: '"v1"', lastModified: 'Thu, 26 Nov 2026 06:00:00 GMT', ttlMinutes: 60,
      health: { consecutiveFailures: 2, lastStatus: 'failed', lastError: 'HTTP 503' }, nextFetchAt: '2026-03-01T13:00:00.000Z',
    };
    const fresh = feed('/b', GROUP, 'B');
    const pool = feed('/a');
    const other = feed('/c', 42);
    for (const s of [pool, polled, other, fresh]) await sources.add(s);
    await sources.markSeen(polled.id, ['guid:1', 'guid:2']);

    expect(await sources.moveChat(GROUP, SUPERGROUP)).toBe(2);

    const moved = await sources.list({ chatId: SUPERGROUP });
    expect(moved.map((s) => s.id)).toEqual([sourceId(polled.feedUrl, SUPERGROUP), sourceId(fresh.feedUrl, SUPERGROUP)]);
    expect(moved[0]).toEqual({ ...polled, id: sourceId(polled.feedUrl, SUPERGROUP), chatId: SUPERGROUP, formerIds: [polled.id] });
    expect(await sources.unseen(moved[0]!.id, ['guid:1', 'guid:2', 'guid:3'])).toEqual(['guid:3']);
    expect(await sources.list({ chatId: GROUP })).toEqual([]);
    expect(await sources.get(polled.id)).toBeUndefined();
    expect(await sources.unseen(polled.id, ['guid:1'])).toEqual(['guid:1']);
    // The pool, other chats and the overall order are untouched.
    expect((await sources.list()).map((s) => s.id)).toEqual([pool.id, moved[0]!.id, other.id, moved[1]!.id]);
  });

  it('when the move is told twice (both halves of the migration) then the second finds nothing to move', async () => {
    const sources = await freshStore();
    await sources.add(feed('/a', GROUP));
    expect(await sources.moveChat(GROUP, SUPERGROUP)).toBe(1);
    expect(await sources.moveChat(GROUP, SUPERGROUP)).toBe(0);
    expect(await sources.list({ chatId: SUPERGROUP })).toHaveLength(1);
    expect(await sources.list()).toHaveLength(1);
  });

  it('when the supergroup already has the same feed then its record wins and the group’s copy is dropped', async () => {
    const sources = await freshStore();
    const already = feed('/a', SUPERGROUP, 'Supergroup’s own');
    await sources.add(already);
    await sources.add(feed('/a', GROUP, 'Group copy'));
    await sources.add(feed('/b', GROUP, 'Only the group’s'));
    expect(await sources.moveChat(GROUP, SUPERGROUP)).toBe(2);
    const list = await sources.list();
    expect(list.map((s) => [s.chatId, s.title])).toEqual([[SUPERGROUP, 'Supergroup’s own'], [SUPERGROUP, 'Only the group’s']]);
  });

  it('when a chat has no sources of its own then nothing changes', async () => {
    const sources = await freshStore();
    await sources.add(feed('/a'));
    expect(await sources.moveChat(GROUP, SUPERGROUP)).toBe(0);
    expect(await sources.list()).toHaveLength(1);
  });
});
