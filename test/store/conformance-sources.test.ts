// Store conformance, sources: add, list, due, updates, seen items and a chat's move answer alike on sqlite, Redis and
// PostgreSQL (each backend's answers equal sqlite's), and garbage from a foreign writer is handled as on sqlite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemKeys } from '../../src/sources/seen-items.js';
import { newSource, sourceId, type NewSource, type Source } from '../../src/sources/source.js';
import { createKeyvSourceStore } from '../../src/store/keyv-source-store.js';
import type { SourceStore } from '../../src/store/source-store.port.js';
import { StoredValueError } from '../../src/store/stored-value.js';
import { testBackends } from '../support/backends.js';
import { answerBook, openRig, type ConformanceRig } from '../support/conformance-rig.js';

const backends = testBackends();
const book = answerBook<unknown>();
const NOW = new Date('2026-03-01T12:00:00.000Z');
const GROUP = -500;
const SUPERGROUP = -1000500;
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);
const feed = (path: string, extra: Partial<NewSource> = {}): Source =>
  newSource({ url: `https://news.example${path}`, feedUrl: `https://news.example${path}/rss`, kind: 'feed', ...extra }, NOW);
const keysOf = (n: number, from = 0) => Array.from({ length: n }, (_, i) => itemKeys({ guid: `item-${from + i}`, link: `https://news.example/item/${from + i}` })).flat();

/** The writes, in one order, on every backend. */
async function writeSources(sources: SourceStore) {
  const added = [
    await sources.add(feed('/world', { title: 'World — Мир' })),
    await sources.add(feed('/local')),
    await sources.add(feed('/world', { chatId: GROUP, addedBy: 7 })),
    await sources.add(feed('/sport', { chatId: GROUP })),
    await sources.add(feed('/kept', { chatId: SUPERGROUP, title: 'Already here' })),
    await sources.add(feed('/kept', { chatId: GROUP })),
    await sources.add(feed('/gone')),
    await sources.add(feed('/world', { title: 'again' })),
  ];
  const id = (path: string, chatId?: number) => sourceId(`https://news.example${path}/rss`, chatId);
  await sources.update(id('/world'), (s) => ({ ...s, nextFetchAt: minutes(30).toISOString(), health: { consecutiveFailures: 2 } }));
  await sources.update(id('/local'), (s) => ({ ...s, nextFetchAt: minutes(-10).toISOString() }));
  await sources.update(id('/sport', GROUP), (s) => ({ ...s, nextFetchAt: minutes(5).toISOString() }));
  await sources.markSeen(id('/world'), keysOf(3));
  await sources.markSeen(id('/world'), keysOf(4, 2));
  await sources.markSeen(id('/sport', GROUP), keysOf(2));
  const removed = [await sources.remove(id('/gone')), await sources.remove(id('/never'))];
  const moved = [await sources.moveChat(GROUP, SUPERGROUP), await sources.moveChat(GROUP, SUPERGROUP)];
  return { added: added.map((a) => (a.ok ? ['ok', a.source.id] : [a.code, a.source.id, a.message])), removed, moved };
}

async function sourceAnswers(sources: SourceStore) {
  const world = sourceId('https://news.example/world/rss');
  const sport = sourceId('https://news.example/sport/rss', SUPERGROUP);
  return {
    all: await sources.list(),
    pool: (await sources.list({ chatId: 'pool' })).map((s) => s.id),
    group: (await sources.list({ chatId: GROUP })).map((s) => s.id),
    supergroup: (await sources.list({ chatId: SUPERGROUP })).map((s) => s.id),
    due: [NOW, minutes(5), minutes(60)].map(async (at) => (await sources.due(at)).map((s) => s.id)),
    byUrl: [(await sources.getByUrl('https://NEWS.example/world/rss#x'))?.id, (await sources.getByUrl('https://news.example/sport', { chatId: SUPERGROUP }))?.id, await sources.getByUrl('nope')],
    unseenWorld: await sources.unseen(world, keysOf(8)),
    unseenSport: await sources.unseen(sport, keysOf(3)),
    unseenNever: await sources.unseen('ffffffffff', keysOf(1)),
  };
}

for (const backend of backends) {
  describe(`store conformance on ${backend.name}: sources`, () => {
    let rig: ConformanceRig;
    let written: Awaited<ReturnType<typeof writeSources>>;
    let answers: Awaited<ReturnType<typeof sourceAnswers>>;
    beforeAll(async () => {
      rig = await openRig(backend);
      written = await writeSources(rig.sources);
      answers = await sourceAnswers(rig.sources);
      book.put(backend, { written, answers: { ...answers, due: await Promise.all(answers.due) } });
    }, 20_000);
    afterAll(async () => {
      await rig.close();
      await backend.cleanup();
    });

    it('adds each feed once per owner, refuses the same one twice, and removes', () => {
      expect(written.added.map((a) => a[0])).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'SOURCE_EXISTS']);
      expect(written.removed).toEqual([true, false]);
      expect(answers.pool).toEqual([sourceId('https://news.example/world/rss'), sourceId('https://news.example/local/rss')]);
      expect(answers.byUrl[0]).toBe(answers.pool[0]);
    });

    it('lists due sources soonest first', async () => {
      const [now, five, hour] = await Promise.all(answers.due);
      const local = sourceId('https://news.example/local/rss');
      expect(now![0]).toBe(local);
      expect(five!.slice(0, 1)).toEqual([local]);
      expect(five).toContain(sourceId('https://news.example/sport/rss', SUPERGROUP));
      expect(hour!.length).toBe(answers.all.length);
      expect(hour!.at(-1)).toBe(sourceId('https://news.example/world/rss'));
    });

    it('moves a group\'s sources to its supergroup with their seen items; a feed the supergroup has wins', () => {
      expect(written.moved).toEqual([3, 0]);
      expect(answers.group).toEqual([]);
      const kept = answers.all.find((s) => s.id === sourceId('https://news.example/kept/rss', SUPERGROUP));
      expect(kept?.title).toBe('Already here');
      expect(kept?.formerIds).toEqual([sourceId('https://news.example/kept/rss', GROUP)]);
      expect(answers.supergroup.length).toBe(3);
      expect(answers.byUrl[1]).toBe(sourceId('https://news.example/sport/rss', SUPERGROUP));
      expect(answers.unseenSport).toEqual(keysOf(3).slice(4));
    });

    it('remembers seen item keys across markings; a source never marked has seen nothing', () => {
      expect(answers.unseenWorld).toEqual(keysOf(8).slice(12));
      expect(answers.unseenNever).toEqual(keysOf(1));
    });

    it('when a foreign writer leaves garbage then a record is skipped, seen keys count as seen, and a bad index throws', async () => {
      const kv = rig.store.kv;
      const world = sourceId('https://news.example/world/rss');
      await kv.set(`source:${world}`, { id: world, url: 'ftp://x' });
      expect(await rig.sources.get(world)).toBeUndefined();
      expect((await rig.sources.list()).length).toBe(answers.all.length - 1);
      await kv.set(`source:seen:${world}`, [1, 2]);
      expect(await rig.sources.unseen(world, ['k1'])).toEqual([]);
      await kv.set('sources:index', 'ids');
      await expect(rig.sources.list()).rejects.toBeInstanceOf(StoredValueError);
      // Another adapter over the same kv reads what this one wrote (nothing is cached in memory).
      await expect(createKeyvSourceStore(kv).due(NOW)).rejects.toThrow(/"sources:index"/);
    });
  });
}

describe('store conformance: sources', () => {
  it(`gives the same answers on ${backends.map((b) => b.name).join(', ')} as on sqlite`, () => {
    book.expectSameAsSqlite(backends);
  });
});
