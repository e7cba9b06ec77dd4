// A chat's own source is fetched with the poller's chatFetchUrl (the app's strict fetcher), feed, robots.txt
// and pages alike; the operator's pool with fetchUrl. Told apart at the local site by the User-Agent each sends.
import { afterEach, describe, expect, it } from 'vitest';
import { createSafeFetch } from '../../src/sources/safe-fetch.js';
import { newSource } from '../../src/sources/source.js';
import { START, pageRig } from './poll-pages-rig.js';
import { storyParagraphs } from './poll-pages-site.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});
const CHAT_AGENT = 'newsbrief-chat-fetcher/1.0';
const CHAT_ID = -1001234567;

function chatFetcher() {
  const fetcher = createSafeFetch({ allowPrivate: true, userAgent: CHAT_AGENT, timeoutMs: 5000, maxBytes: 1 << 20, maxRedirects: 3 });
  cleanups.push(() => fetcher.close());
  return fetcher.fetchUrl;
}

describe('fetchers by source owner', () => {
  it('when a chat source and a pool source are polled then the chat’s feed, robots.txt and pages go through chatFetchUrl and the pool’s through fetchUrl', async () => {
    const items = [{ n: 1, path: '/news/1.html' }, { n: 2, path: '/news/2.html' }];
    const { app, site, poller, source: pool } = await pageRig(cleanups, items, { poller: { chatFetchUrl: chatFetcher() } });
    const chat = newSource({ url: site.feedUrl, feedUrl: site.feedUrl, kind: 'feed', chatId: CHAT_ID }, START);
    await app.sources.add(chat);

    expect(await poller.pollOne(chat)).toMatchObject({ status: 'new', new: 2 });
    const chatRequests = site.requests.splice(0);
    expect(chatRequests.map((r) => r.path).sort()).toEqual(['/feed.xml', '/news/1.html', '/news/2.html', '/robots.txt']);
    expect(new Set(chatRequests.map((r) => r.agent))).toEqual(new Set([CHAT_AGENT]));
    expect((await app.articles.latest(5)).every((r) => r.paragraphs.length === storyParagraphs(1).length)).toBe(true);

    await poller.pollOne(pool);
    const poolRequests = site.requests.splice(0);
    // The pool's fetcher keeps its own robots cache, so it reads robots.txt itself.
    expect(poolRequests.map((r) => r.path).sort()).toEqual(['/feed.xml', '/news/1.html', '/news/2.html', '/robots.txt']);
    expect(new Set(poolRequests.map((r) => r.agent))).toEqual(new Set([app.config.FETCH_USER_AGENT]));
  });

  it('when no chatFetchUrl is given then a chat source is fetched with fetchUrl', async () => {
    const { app, site, poller } = await pageRig(cleanups, [{ n: 3, path: '/news/3.html' }]);
    const chat = newSource({ url: site.feedUrl, feedUrl: site.feedUrl, kind: 'feed', chatId: CHAT_ID }, START);
    await app.sources.add(chat);
    expect(await poller.pollOne(chat)).toMatchObject({ status: 'new', new: 1 });
    expect(site.requests.map((r) => r.path).sort()).toEqual(['/feed.xml', '/news/3.html', '/robots.txt']);
    expect(new Set(site.requests.map((r) => r.agent))).toEqual(new Set([app.config.FETCH_USER_AGENT]));
  });
});
