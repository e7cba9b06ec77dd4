// Each chat's digest draws on its source set (its own sources, else the operator's pool and files), and
// a tick composes once per distinct (window, source set), never per subscriber. Records are written with
// fromSources set, as the poller's ingest stamps them; sources are real source records in the store.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import type { ArticleRecord } from '../../src/articles/record.js';
import { newSource, type Source } from '../../src/sources/source.js';
import type { Subscription } from '../../src/subscriptions/subscription.js';
import { footballSingle, makeArticle, museumSingle, quakeAp, quakeBbc, ratesGlobe, ratesReuters } from '../fixtures/briefings/articles.js';
import { createHarness, USER } from '../support/bot-harness.js';
import { createTestApp, TEST_NOW } from '../support/test-app.js';

const CHAT_A = USER.id; // the harness's private chat, for /digest
const CHAT_B = -1001;
const HOUR = 3_600_000;

let app: App;
let sources: { pool: Source; a: Source; b: Source };
beforeEach(async () => {
  app = await createTestApp();
  const add = async (feedUrl: string, chatId?: number) => {
    const result = await app.sources.add(newSource({ url: feedUrl, feedUrl, kind: 'feed', ...(chatId === undefined ? {} : { chatId }) }, TEST_NOW));
    if (!result.ok) throw new Error(result.message);
    return result.source;
  };
  sources = { pool: await add('https://pool.example/feed.xml'), a: await add('https://a.example/feed.xml', CHAT_A), b: await add('https://b.example/feed.xml', CHAT_B) };
  // Within the last 24 hours (a first digest's window), each from where the rule needs it.
  const arrived = (record: ArticleRecord, hoursAgo: number, fromSources?: string[]): ArticleRecord => ({
    ...record, ingestedAt: new Date(TEST_NOW.getTime() - hoursAgo * HOUR).toISOString(), ...(fromSources ? { fromSources } : {}),
  });
  await app.articles.putMany([
    arrived(quakeAp, 5), // a file from before sources: no fromSources
    arrived(quakeBbc, 4, ['file']),
    arrived(ratesReuters, 3, [sources.pool.id]),
    arrived(ratesGlobe, 3, [sources.pool.id]),
    arrived(footballSingle, 2, [sources.a.id]),
    arrived(museumSingle, 1, [sources.b.id]),
  ]);
});
afterEach(async () => {
  await app.close();
});

const sub = (chatId: number): Subscription => ({
  chatId, chatType: chatId > 0 ? 'private' : 'group', time: '09:00', timeZone: 'UTC', include: [], exclude: [], status: 'active',
  createdAt: '2026-11-20T00:00:00.000Z', updatedAt: '2026-11-20T00:00:00.000Z',
});
const due = (...chatIds: number[]) => chatIds.map((chatId) => ({ subscription: sub(chatId), day: '2026-11-27' }));

const QUAKE = /Valparaiso/;
const RATES = /Bank of Canada/;
const FOOTBALL = /Porto derby/;
const MUSEUM = /City museum reopens/;

describe('digest pipeline: source sets', () => {
  it('when two chats with the same window have different own sources then each gets only its own and two compositions are made', async () => {
    const batch = await app.digests.forDue(due(CHAT_A, CHAT_B), TEST_NOW);
    const [a, b] = batch.results.map((r) => r.messages.join('\n'));
    expect(a).toMatch(FOOTBALL);
    expect(b).toMatch(MUSEUM);
    expect(a).not.toMatch(MUSEUM);
    expect(b).not.toMatch(FOOTBALL);
    expect(batch).toMatchObject({ compositions: 2, renderings: 2 });
  });

  it('when a chat has its own sources then it gets none of the pool: neither pool feeds nor files', async () => {
    const [a] = (await app.digests.forDue(due(CHAT_A), TEST_NOW)).results.map((r) => r.messages.join('\n'));
    expect(a).toMatch(FOOTBALL);
    for (const pooled of [QUAKE, RATES, MUSEUM]) expect(a).not.toMatch(pooled);
  });

  it('when 100 chats without sources share a window then one composition serves them all, with the pool and files only', async () => {
    const pool = Array.from({ length: 100 }, (_, i) => 2000 + i);
    const batch = await app.digests.forDue(due(...pool), TEST_NOW);
    expect(batch).toMatchObject({ compositions: 1, renderings: 1 });
    for (const result of batch.results) {
      const text = result.messages.join('\n');
      expect(text).toMatch(QUAKE);
      expect(text).toMatch(RATES);
      expect(text).not.toMatch(FOOTBALL);
      expect(text).not.toMatch(MUSEUM);
    }
    // The chats with their own sources join the same tick: one composition more for each distinct set.
    expect(await app.digests.forDue(due(...pool, CHAT_A, CHAT_B), TEST_NOW)).toMatchObject({ compositions: 3 });
  });

  it('when a record was carried by both a pool source and a chat source then both digests have it', async () => {
    const ferry = makeArticle({
      title: 'Harbour ferry strike ends after two days of talks',
      paragraphs: ['Ferry crews returned to work on Thursday after the operator agreed to review rosters with the union.'],
      ingestedAt: new Date(TEST_NOW.getTime() - HOUR).toISOString(),
    });
    await app.articles.putMany([{ ...ferry, fromSources: [sources.pool.id, sources.b.id] }]);
    const [pool, a, b] = (await app.digests.forDue(due(3001, CHAT_A, CHAT_B), TEST_NOW)).results.map((r) => r.messages.join('\n'));
    expect(pool).toMatch(/Harbour ferry strike ends/);
    expect(b).toMatch(/Harbour ferry strike ends/);
    expect(b).toMatch(MUSEUM);
    expect(b).not.toMatch(RATES);
    expect(a).not.toMatch(/Harbour ferry strike ends/);
  });

  it('when a pool source is removed then its articles leave the pool digest; files stay', async () => {
    expect(await app.sources.remove(sources.pool.id)).toBe(true);
    const [pool] = (await app.digests.forDue(due(3001), TEST_NOW)).results.map((r) => r.messages.join('\n'));
    expect(pool).toMatch(QUAKE);
    expect(pool).not.toMatch(RATES);
  });

  it('when a chat\'s own sources brought nothing new then it gets nothing, not the pool', async () => {
    const quiet = await app.sources.add(newSource({ url: 'https://quiet.example/feed.xml', feedUrl: 'https://quiet.example/feed.xml', kind: 'feed', chatId: -1003 }, TEST_NOW));
    expect(quiet.ok).toBe(true);
    const [result] = (await app.digests.forDue(due(-1003), TEST_NOW)).results;
    expect(result?.messages).toEqual([]);
    const preview = await app.digests.preview(-1003, TEST_NOW);
    expect(preview.text).toMatch(/^Nothing new since/m);
    expect(preview.text).not.toMatch(QUAKE);
  });
});

describe('digest preview: source sets', () => {
  it('when a chat with its own sources asks /digest then it sees only those', async () => {
    const bot = await createHarness(app);
    try {
      const text = (await bot.say('/digest')).join('\n');
      expect(text).toMatch(FOOTBALL);
      for (const pooled of [QUAKE, RATES, MUSEUM]) expect(text).not.toMatch(pooled);
    } finally {
      await bot.close();
    }
  });

  it('when the preview names no chat (newsbrief digest) or a chat without sources then it is the pool', async () => {
    for (const chatId of [undefined, 4242]) {
      const { text } = await app.digests.preview(chatId, TEST_NOW);
      expect(text).toMatch(QUAKE);
      expect(text).toMatch(RATES);
      expect(text).not.toMatch(FOOTBALL);
      expect(text).not.toMatch(MUSEUM);
    }
    const { text } = await app.digests.preview(CHAT_B, TEST_NOW);
    expect(text).toMatch(MUSEUM);
    expect(text).not.toMatch(QUAKE);
  });
});
