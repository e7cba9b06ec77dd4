// Trust scopes end to end through the app's ingestor and digest pipeline: what a chat's own source (anyone can add
// one) brings never changes what the pool's digest shows, and a story another set stored first still reaches a
// chat when its own source brings it later.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../../src/app.js';
import type { IngestInput } from '../../src/articles/ingest.js';
import { parseConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { newSource, type Source } from '../../src/sources/source.js';
import { OUTLETS, WIRE_PARAGRAPHS, wireCopyJson, type Outlet } from '../articles/ingest-wire-copies.js';

const [GAZETTE, COURIER] = OUTLETS as [Outlet, Outlet];
const T0 = new Date('2026-11-27T09:00:00.000Z');
const CHAT_X = -1004;
const minutes = (m: number) => new Date(T0.getTime() + m * 60_000);

let app: App;
let now: Date;
let src: { pool: Source; x: Source; x2: Source };
beforeEach(async () => {
  now = T0;
  app = await openApp(parseConfig({ STORE_URL: 'memory://' }), { logger: silentLogger, clock: { now: () => now } });
  const add = async (feedUrl: string, chatId?: number) => {
    const result = await app.sources.add(newSource({ url: feedUrl, feedUrl, kind: 'feed', ...(chatId === undefined ? {} : { chatId }) }, T0));
    if (!result.ok) throw new Error(result.message);
    return result.source;
  };
  src = {
    pool: await add('https://pool.example/feed.xml'),
    x: await add('https://x-one.example/feed.xml', CHAT_X),
    x2: await add('https://x-two.example/feed.xml', CHAT_X),
  };
});
afterEach(async () => {
  await app.close();
});

const from = (source: Source, name: string, text: string): IngestInput => ({
  name,
  bytes: new TextEncoder().encode(text),
  origin: { sourceId: source.id, ...(source.chatId === undefined ? {} : { chatId: source.chatId }) },
});
const preview = async (chatId: number | undefined, at: Date, since?: Date) => (await app.digests.preview(chatId, at, since ? { since } : {})).text;
const FAKE = {
  title: 'Calderon port sold to a secret buyer overnight',
  text: ['An invented account: the port of Calderon was sold overnight to a buyer nobody will name, the chat feed claims without any evidence at all.'],
};

describe('digests and trust scopes', () => {
  it("when a chat's source stores a fake version at a link first and the pool brings the real story there then the pool digest shows the real one", async () => {
    const fake = JSON.stringify({ ...FAKE, source: { name: 'Totally Real News', url: 'https://totally-real.example/' }, url: GAZETTE.link });
    await app.ingestor.ingest([from(src.x, 'fake', fake)]);
    now = minutes(2);
    const [real] = await app.ingestor.ingest([from(src.pool, 'real', wireCopyJson(GAZETTE))]);
    expect(real?.status).toBe('stored');
    now = minutes(3);
    const pool = await preview(undefined, now);
    expect(pool).toContain(GAZETTE.headline);
    expect(pool).toContain(WIRE_PARAGRAPHS[0]!.slice(0, 40));
    expect(pool).toContain(GAZETTE.name);
    expect(pool).not.toMatch(/secret buyer|Totally Real News/);
    // The chat still sees its own version (its own source's record), not the pool's.
    const x = await preview(CHAT_X, now);
    expect(x).toMatch(/secret buyer/);
    expect(x).toContain('Totally Real News');
    expect(x).not.toContain(GAZETTE.headline);
  });

  it("when the pool stores a story at T0, chat X's digest goes at T0+1m and X's source brings the same copy at T0+5m then X's next digest has it", async () => {
    await app.ingestor.ingest([from(src.pool, 'gazette', wireCopyJson(GAZETTE))]);
    // T0+1m: X's digest goes out; X has no copy of its own yet.
    expect(await preview(CHAT_X, minutes(1), new Date(T0.getTime() - 86_400_000))).not.toContain(GAZETTE.headline);
    now = minutes(5);
    const mirror = wireCopyJson(GAZETTE).replace(GAZETTE.name, 'X Mirror').replace(GAZETTE.link, 'https://x-one.example/strike');
    const [copy] = await app.ingestor.ingest([from(src.x, 'mirror', mirror)]);
    expect(copy).toMatchObject({ status: 'duplicate', duplicateOf: 'hash', merged: true });
    expect(await app.articles.count()).toBe(1);
    // X's next digest (since its last one at T0+1m) has the story, named by X's own outlet.
    const x = await preview(CHAT_X, minutes(6), minutes(1));
    expect(x).toContain(GAZETTE.headline);
    expect(x).toContain('X Mirror');
    // The pool had it at T0: not in a pool window from T0+1m; its earlier window never names X's outlet.
    expect(await preview(undefined, minutes(6), minutes(1))).not.toContain(GAZETTE.headline);
    const pool = await preview(undefined, minutes(6), new Date(T0.getTime() - 3_600_000));
    expect(pool).toContain(GAZETTE.headline);
    expect(pool).toContain(GAZETTE.name);
    expect(pool).not.toContain('X Mirror');
  });

  it("when the pool's exact copy reaches a story chat X stored first then the pool digest has it, with the pool's outlet only", async () => {
    const mirror = wireCopyJson(GAZETTE).replace(GAZETTE.name, 'X Mirror').replace(GAZETTE.link, 'https://x-one.example/strike');
    await app.ingestor.ingest([from(src.x, 'mirror', mirror)]);
    now = minutes(5);
    await app.ingestor.ingest([from(src.pool, 'gazette', wireCopyJson(GAZETTE))]);
    expect(await app.articles.count()).toBe(1);
    const pool = await preview(undefined, minutes(6), minutes(1));
    expect(pool).toContain(GAZETTE.headline);
    expect(pool).toContain(GAZETTE.name);
    expect(pool).not.toContain('X Mirror');
    const x = await preview(CHAT_X, minutes(6), new Date(T0.getTime() - 3_600_000));
    expect(x).toContain('X Mirror');
    expect(x).not.toContain(GAZETTE.name);
  });

  it("when two of chat X's own sources carry one wire story then it is one record and one event in X's digest", async () => {
    await app.ingestor.ingest([from(src.x, 'gazette', wireCopyJson(GAZETTE))]);
    now = minutes(10);
    const [second] = await app.ingestor.ingest([from(src.x2, 'courier', wireCopyJson(COURIER))]);
    expect(second).toMatchObject({ status: 'duplicate', duplicateOf: 'near', merged: true });
    expect(await app.articles.count()).toBe(1);
    const { json } = await app.digests.preview(CHAT_X, minutes(11));
    const briefing = JSON.parse(json) as { events: { title: string; sources: { name: string }[] }[] };
    expect(briefing.events).toHaveLength(1);
    expect(briefing.events[0]?.sources.map((s) => s.name).sort()).toEqual([COURIER.name, GAZETTE.name].sort());
    expect(await preview(undefined, minutes(11))).not.toContain(GAZETTE.headline);
  });
});

describe('a group that becomes a supergroup', () => {
  it('when the group’s sources move to the supergroup then the stories they already stored stay in its digest', async () => {
    const SUPERGROUP = -1_000_000_001_004;
    await app.ingestor.ingest([from(src.x, 'gazette', wireCopyJson(GAZETTE))]);
    now = minutes(5);
    const { title } = JSON.parse(wireCopyJson(GAZETTE)) as { title: string };
    expect(await preview(CHAT_X, now, T0)).toContain(title);
    expect(await app.sources.moveChat(CHAT_X, SUPERGROUP)).toBe(2);
    const moved = await app.sources.list({ chatId: SUPERGROUP });
    expect(moved.map((s) => s.formerIds)).toEqual([[src.x.id], [src.x2.id]]);
    // Its sources have new ids (they hash the chat id); the story was stored under the old one and still counts.
    expect(await preview(SUPERGROUP, now, T0)).toContain(title);
    expect(await preview(undefined, now, T0)).not.toContain(title);
  });
});
