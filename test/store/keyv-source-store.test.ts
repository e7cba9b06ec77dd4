import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { itemKeys } from '../../src/sources/seen-items.js';
import { newSource, type NewSource, type Source } from '../../src/sources/source.js';
import { createKeyvSourceStore } from '../../src/store/keyv-source-store.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { StoredValueError } from '../../src/store/stored-value.js';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const feed = (path: string, extra: Partial<NewSource> = {}, at = NOW): Source =>
  newSource({ url: `https://news.example${path}`, feedUrl: `https://news.example${path}`, kind: 'feed', ...extra }, at);

function capturingLog() {
  const lines: { key: string; code: string; message: string }[] = [];
  return { lines, logger: { warn: (fields: { key: string; code: string }, message: string) => void lines.push({ ...fields, message }) } };
}

const opened: Store[] = [];
const dirs: string[] = [];
async function open(url = 'memory://') {
  const store = await openStore(url);
  opened.push(store);
  return store;
}
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('keyv source store', () => {
  it('when sources are added then they read back by id and url, and the same feed twice is refused', async () => {
    const sources = createKeyvSourceStore((await open()).kv);
    const page = newSource({ url: 'https://news.example/', feedUrl: 'https://news.example/rss', kind: 'feed', title: 'News' }, NOW);
    expect(await sources.add(page)).toEqual({ ok: true, source: page });
    expect(await sources.get(page.id)).toEqual(page);
    expect((await sources.getByUrl('https://NEWS.example/rss#top'))?.id).toBe(page.id);
    expect((await sources.getByUrl('https://news.example/'))?.id).toBe(page.id);
    expect(await sources.getByUrl('not a url')).toBeUndefined();
    const again = await sources.add({ ...page, title: 'Other' });
    expect(again).toMatchObject({ ok: false, code: 'SOURCE_EXISTS', source: { title: 'News' } });
    if (!again.ok) expect(again.message).toBe(`https://news.example/rss is already a source (id ${page.id}).`);
  });

  it("when a chat adds a feed that is in the pool then it is its own record, listed only for that chat", async () => {
    const sources = createKeyvSourceStore((await open()).kv);
    const pool = feed('/a');
    const chats = [feed('/a', { chatId: -100, addedBy: 7 }), feed('/b', { chatId: -100 }), feed('/c', { chatId: 42 })];
    for (const s of [pool, ...chats]) expect((await sources.add(s)).ok).toBe(true);
    expect(new Set([pool.id, chats[0]!.id]).size).toBe(2);
    expect((await sources.list()).length).toBe(4);
    expect((await sources.list({ chatId: 'pool' })).map((s) => s.id)).toEqual([pool.id]);
    expect((await sources.list({ chatId: -100 })).map((s) => s.id)).toEqual([chats[0]!.id, chats[1]!.id]);
    expect((await sources.getByUrl('https://news.example/a', { chatId: -100 }))?.id).toBe(chats[0]!.id);
  });

  it('when sources are updated then due lists those whose time has come, soonest first', async () => {
    const sources = createKeyvSourceStore((await open()).kv);
    const [a, b, c] = ['/a', '/b', '/c'].map((p) => feed(p));
    for (const s of [a!, b!, c!]) await sources.add(s);
    const later = (s: Source, minutes: number) => ({ ...s, nextFetchAt: new Date(NOW.getTime() + minutes * 60_000).toISOString() });
    await sources.update(a!.id, (s) => later(s, 30));
    await sources.update(b!.id, (s) => later(s, 10));
    await sources.update(c!.id, (s) => ({ ...later(s, 20), etag: '"v2"' }));
    expect(await sources.due(NOW)).toEqual([]);
    expect((await sources.due(new Date(NOW.getTime() + 25 * 60_000))).map((s) => s.id)).toEqual([b!.id, c!.id]);
    expect((await sources.get(c!.id))?.etag).toBe('"v2"');
    expect(await sources.update('0000000000', (s) => s)).toBeUndefined();
    await expect(sources.update(a!.id, (s) => ({ ...s, chatId: 5 }))).rejects.toThrow('must keep its id and chatId');
  });

  it('when a source is removed then its record, index entry and seen items go', async () => {
    const store = await open();
    const sources = createKeyvSourceStore(store.kv);
    const [a, b] = [feed('/a'), feed('/b')];
    await sources.add(a);
    await sources.add(b);
    await sources.markSeen(a.id, ['k1']);
    expect(await sources.remove(a.id)).toBe(true);
    expect(await sources.remove(a.id)).toBe(false);
    expect((await sources.list()).map((s) => s.id)).toEqual([b.id]);
    expect(await store.kv.get(`source:seen:${a.id}`)).toBeUndefined();
    expect((await sources.add(a)).ok).toBe(true);
    expect(await sources.unseen(a.id, ['k1'])).toEqual(['k1']);
  });

  it('when items are marked seen then only unseen keys come back, bounded to the newest marked, across a reopen', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nb-sources-'));
    dirs.push(dir);
    const url = `sqlite://${join(dir, 'store.sqlite')}`;
    const first = createKeyvSourceStore((await open(url)).kv, { seenLimit: 4 });
    const s = feed('/a');
    await first.add(s);
    const [a, b, c] = ['a', 'b', 'c'].map((x) => itemKeys({ guid: `urn:${x}`, link: `https://news.example/${x}` }));
    expect(await first.unseen(s.id, [...a!, ...b!])).toEqual([...a!, ...b!]);
    await first.markSeen(s.id, [...a!, ...b!]);
    await first.markSeen(s.id, [...c!, ...a!]); // b left the feed: its keys are the oldest and drop
    await opened.shift()!.close();
    const again = createKeyvSourceStore((await open(url)).kv, { seenLimit: 4 });
    expect(await again.unseen(s.id, [...a!, ...b!, ...c!])).toEqual(b);
    expect(await again.get(s.id)).toEqual(s);
  });
});

describe('stored sources of another shape', () => {
  it('when a stored record is old, foreign or garbage then it is skipped with one log line naming its key', async () => {
    const store = await open();
    const { lines, logger } = capturingLog();
    const sources = createKeyvSourceStore(store.kv, { logger });
    const good = feed('/good');
    await sources.add(good);
    const { health: _h, ...withoutHealth } = feed('/old');
    await store.kv.set(`source:${withoutHealth.id}`, withoutHealth); // written before health: reads with a clean one
    await store.kv.set('source:badbadbad1', { id: 'badbadbad1', url: 'file:///etc/passwd', kind: 'feed' });
    await store.kv.set('source:badbadbad2', 'garbage');
    await store.kv.set('sources:index', [good.id, withoutHealth.id, 'badbadbad1', 'badbadbad2', 'missing000']);
    expect((await sources.list()).map((s) => s.id)).toEqual([good.id, withoutHealth.id]);
    expect((await sources.get(withoutHealth.id))?.health).toEqual({ consecutiveFailures: 0 });
    expect((await sources.due(NOW)).length).toBe(2);
    expect(await sources.get('badbadbad1')).toBeUndefined();
    expect(lines.map((l) => l.key)).toEqual(['source:badbadbad1', 'source:badbadbad2']);
    expect(lines.every((l) => l.code === 'STORED_VALUE_INVALID' && l.message === 'stored value skipped')).toBe(true);
  });

  it('when the index is unreadable then listing throws an error naming its key', async () => {
    const store = await open();
    await store.kv.set('sources:index', { not: 'a list' });
    const error: unknown = await createKeyvSourceStore(store.kv).list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoredValueError);
    expect((error as StoredValueError).message).toContain('"sources:index"');
  });

  it('when seen keys are unreadable then every key counts as seen once, with a log line, and marking starts over', async () => {
    const store = await open();
    const { lines, logger } = capturingLog();
    const sources = createKeyvSourceStore(store.kv, { logger });
    const s = feed('/seen');
    await sources.add(s);
    await store.kv.set(`source:seen:${s.id}`, ['ok', 42]);
    expect(await sources.unseen(s.id, ['k1', 'k2'])).toEqual([]);
    expect(lines.map((l) => l.key)).toEqual([`source:seen:${s.id}`]);
    await sources.markSeen(s.id, ['k1', 'k2']);
    expect(await store.kv.get(`source:seen:${s.id}`)).toEqual(['k1', 'k2']);
    expect(await sources.unseen(s.id, ['k1', 'k3'])).toEqual(['k3']);
  });
});
