// The briefing service's size cap counts the articles a source set admits, so a busy pool never
// crowds a chat's own sources out of its digest.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { createBriefingService, LATE_ARRIVAL_LOOKBACK_MS, MAX_SCANNED } from '../../briefings/briefing-service.js';
import { createWindowCache } from '../../briefings/compose-window.js';
import { sourceSets } from '../../briefings/source-set.js';
import type { ArticleStore } from '../../src/store/article-store.port.js';
import { makeArticle } from '../fixtures/briefings/articles.js';
import { createTestApp, TEST_NOW } from '../support/test-app.js';

const POOL = 'aaaaaaaaaa';
const OWN = 'c1c1c1c1c1';
const setOf = sourceSets([{ id: POOL }, { id: OWN, chatId: 1 }]);
const minutesAgo = (m: number) => new Date(TEST_NOW.getTime() - m * 60_000).toISOString();

let app: App;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(async () => {
  await app.close();
});

describe('briefing service: source sets and the size cap', () => {
  it('when more than 5,000 pool articles arrived after a chat\'s own article then the chat\'s briefing still has it', async () => {
    const own = { ...makeArticle({ title: 'Lighthouse keeper retires after forty years', ingestedAt: minutesAgo(600) }), fromSources: [OWN] };
    const pool = Array.from({ length: 5001 }, (_, i) => ({
      ...makeArticle({ title: `Pool wire item number ${i}`, paragraphs: [`Pool wire body ${i}.`], ingestedAt: minutesAgo(500 - i / 100) }),
      fromSources: [POOL],
    }));
    await app.articles.putMany([own, ...pool]);
    const window = { since: new Date(TEST_NOW.getTime() - 86_400_000), until: TEST_NOW };
    const briefing = await app.briefings.build({ ...window, sources: setOf(1) }, { summarize: false });
    expect(briefing.events.map((e) => e.title)).toEqual(['Lighthouse keeper retires after forty years']);
  }, 60_000);

  it('when one tick composes several source sets over one window then each stored article is read once', async () => {
    const records = [
      { ...makeArticle({ title: 'Pool story about harbour cranes', ingestedAt: minutesAgo(30) }), fromSources: [POOL] },
      { ...makeArticle({ title: 'A file about the town orchestra', ingestedAt: minutesAgo(20) }) },
      { ...makeArticle({ title: 'Own story about the lighthouse', ingestedAt: minutesAgo(10) }), fromSources: [OWN] },
    ];
    await app.articles.putMany(records);
    const read: string[] = [];
    const counting: ArticleStore = { ...app.articles, getMany: (ids) => { read.push(...ids); return app.articles.getMany(ids); } };
    const windows = createWindowCache(createBriefingService({ articles: counting, summaryTimeoutMs: 1000 }), TEST_NOW);
    const since = new Date(TEST_NOW.getTime() - 3_600_000);
    const [pool, own] = await Promise.all([windows.get(since, setOf(undefined)), windows.get(since, setOf(1))]);
    expect(pool.events.map((e) => e.title).sort()).toEqual(['A file about the town orchestra', 'Pool story about harbour cranes']);
    expect(own.events.map((e) => e.title)).toEqual(['Own story about the lighthouse']);
    expect(windows.count()).toBe(2);
    expect(read.sort()).toEqual(records.map((r) => r.id).sort());
  });

  it('when the read range holds more than MAX_SCANNED ids then only the newest MAX_SCANNED are read, and the store is asked for no more', async () => {
    const own = { ...makeArticle({ title: 'Own story about the lighthouse', ingestedAt: minutesAgo(10) }), fromSources: [OWN] };
    await app.articles.putMany([own]);
    // A store whose log is far longer than the cap (a chat paused for months), and which ignores the limit.
    const older = Array.from({ length: MAX_SCANNED + 7_000 }, (_, i) => `old_${i}`);
    const asked: ({ limit?: number } | undefined)[] = [];
    const read: string[] = [];
    const huge: ArticleStore = {
      ...app.articles,
      idsIngestedSince: (_since, options) => {
        asked.push(options);
        return Promise.resolve([...older, own.id]);
      },
      getMany: (ids) => {
        read.push(...ids);
        return app.articles.getMany(ids);
      },
    };
    const service = createBriefingService({ articles: huge, summaryTimeoutMs: 1000 });
    const briefing = await service.build({ since: new Date(0), until: TEST_NOW, sources: setOf(1) }, { summarize: false });
    expect(briefing.events.map((e) => e.title)).toEqual(['Own story about the lighthouse']);
    expect(asked).toEqual([{ limit: MAX_SCANNED }]);
    expect(read).toHaveLength(MAX_SCANNED);
    // 27,001 ids in all: the newest 20,000 are old_7001 … old_26999 and the story.
    expect(read).toContain(own.id);
    expect(read).toContain('old_7001');
    expect(read).not.toContain('old_7000');
  });

  it('when a set composes then the log is read from 72 hours before its window (late arrivals); without a set, from the window', async () => {
    const froms: Date[] = [];
    const probing: ArticleStore = { ...app.articles, idsIngestedSince: (since) => (froms.push(since), Promise.resolve([])) };
    const service = createBriefingService({ articles: probing, summaryTimeoutMs: 1000 });
    const since = new Date(TEST_NOW.getTime() - 3_600_000);
    await service.build({ since, until: TEST_NOW, sources: setOf(undefined) }, { summarize: false });
    await service.build({ since, until: TEST_NOW }, { summarize: false });
    expect(froms).toEqual([new Date(since.getTime() - LATE_ARRIVAL_LOOKBACK_MS), since]);
    expect(LATE_ARRIVAL_LOOKBACK_MS).toBe(72 * 3_600_000);
  });

  it('when a read fails in a session then it is not remembered: the next composition of the session reads again', async () => {
    const story = { ...makeArticle({ title: 'Pool story about harbour cranes', ingestedAt: minutesAgo(30) }), fromSources: [POOL] };
    await app.articles.putMany([story]);
    let failures = 1;
    const flaky: ArticleStore = {
      ...app.articles,
      getMany: async (ids) => {
        if (failures-- > 0) throw new Error('store unavailable');
        return app.articles.getMany(ids);
      },
    };
    const session = createBriefingService({ articles: flaky, summaryTimeoutMs: 1000 }).session!();
    const window = { since: new Date(TEST_NOW.getTime() - 3_600_000), until: TEST_NOW, sources: setOf(undefined) };
    await expect(session.build(window, { summarize: false })).rejects.toThrow('store unavailable');
    expect((await session.build(window, { summarize: false })).events.map((e) => e.title)).toEqual(['Pool story about harbour cranes']);
  });
});

describe('article store: the newest ids of the log, capped', () => {
  it('when a limit is given then the newest that many ids come back, oldest first, across log chunks', async () => {
    const records = Array.from({ length: 1_300 }, (_, i) =>
      makeArticle({ title: `Log item ${i}`, ingestedAt: new Date(TEST_NOW.getTime() - (1_300 - i) * 1_000).toISOString() }),
    );
    await app.articles.putMany(records);
    const all = await app.articles.idsIngestedSince(new Date(0));
    expect(all).toEqual(records.map((r) => r.id));
    expect(await app.articles.idsIngestedSince(new Date(0), { limit: 700 })).toEqual(all.slice(-700));
    expect(await app.articles.idsIngestedSince(new Date(records[1_250]!.ingestedAt), { limit: 700 })).toEqual(all.slice(1_250));
  });
});
