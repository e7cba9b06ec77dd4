// A syndicated duplicate, end to end: two local sites each carry the same wire story in their RSS feed, rewritten
// with their own headline, by-line and footer. Both are polled through the app's real poller (fetch, parse, ingest):
// the story is stored once with both outlets and both sources, and the digest has one event naming both outlets.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp } from '../../src/app.js';
import { appPoller } from '../../src/app-poller.js';
import { parseConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { renderLatestText } from '../../src/render/latest.js';
import { createHostGate } from '../../src/sources/host-gate.js';
import { createSourcePoller } from '../../src/sources/poll-source.js';
import { newSource } from '../../src/sources/source.js';
import { FOLLOW_UP, OUTLETS, wireCopy, type Outlet } from '../articles/ingest-wire-copies.js';

const NOW = new Date('2026-11-27T09:00:00.000Z');
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function rssItem(title: string, link: string, paragraphs: readonly string[], publishedAt: string): string {
  const html = paragraphs.map((p) => `<p>${escapeXml(p)}</p>`).join('');
  return `<item><title>${escapeXml(title)}</title><guid>${link}</guid><link>${link}?utm_source=rss&amp;utm_medium=feed</link>` +
    `<pubDate>${new Date(publishedAt).toUTCString()}</pubDate><content:encoded><![CDATA[${html}]]></content:encoded></item>`;
}

/** The outlet's feed: the wire story as it ran it, and (for the first site) a story of its own. */
function feedOf(outlet: Outlet, base: string, withOwnStory: boolean): string {
  const copy = wireCopy(outlet);
  const items = [rssItem(copy.title, `${base}/news/port-strike`, copy.paragraphs, outlet.publishedAt)];
  if (withOwnStory) items.push(rssItem(FOLLOW_UP.title, `${base}/news/court-orders-talks`, FOLLOW_UP.paragraphs, '2026-11-27T08:30:00.000Z'));
  return '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">' +
    `<channel><title>${escapeXml(outlet.name)}</title><link>${base}/</link>${items.join('')}</channel></rss>`;
}

/** One site on 127.0.0.1: its feed at /feed.xml, nothing else (no page is fetched: the items are full text). */
async function serveSite(outlet: Outlet, withOwnStory: boolean): Promise<{ feedUrl: string; requests: string[] }> {
  return serveFeed((base) => feedOf(outlet, base, withOwnStory));
}

async function serveFeed(feed: (base: string) => string): Promise<{ feedUrl: string; requests: string[] }> {
  const requests: string[] = [];
  let base = '';
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    if (req.url !== '/feed.xml') return res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(feed(base));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { feedUrl: `${base}/feed.xml`, requests };
}

describe('a wire story syndicated on two sites', () => {
  it('when both feeds are polled then it is stored once with both outlets and is one digest event naming both', async () => {
    const [gazette, courier] = OUTLETS as [Outlet, Outlet];
    const siteA = await serveSite(gazette, true);
    const siteB = await serveSite(courier, false);
    const app = await openApp(parseConfig({ STORE_URL: 'memory://', FETCH_ALLOW_PRIVATE: '1' }), { logger: silentLogger, clock: { now: () => NOW } });
    cleanups.push(() => app.close());
    const sourceA = newSource({ url: siteA.feedUrl, feedUrl: siteA.feedUrl, kind: 'feed' }, NOW);
    const sourceB = newSource({ url: siteB.feedUrl, feedUrl: siteB.feedUrl, kind: 'feed' }, NOW);
    await app.sources.add(sourceA);
    await app.sources.add(sourceB);

    const poller = appPoller(app);
    const first = await poller.pollOne(sourceA);
    const second = await poller.pollOne(sourceB);
    expect([first.status, first.new, first.merged]).toEqual(['new', 2, 0]);
    // The second site's only item is unseen there but is the wire story: merged into the stored record, 0 stored.
    expect([second.status, second.new, second.merged]).toEqual(['new', 0, 1]);
    expect(siteA.requests).toEqual(['/feed.xml']);
    expect(siteB.requests).toEqual(['/feed.xml']);

    const stored = await app.articles.latest(10);
    expect(stored).toHaveLength(2);
    const story = stored.find((r) => r.title === gazette.headline);
    expect(story?.source.name).toBe(gazette.name);
    expect(story?.alsoIn?.map((a) => a.name)).toEqual([courier.name]);
    expect(story?.alsoIn?.[0]?.articleUrl).toBe(`${new URL(siteB.feedUrl).origin}/news/port-strike`);
    expect(story?.fromSources).toEqual([sourceA.id, sourceB.id]);
    expect(story?.alsoIn?.[0]?.from).toBe(sourceB.id);
    // The site's own story is not the wire story: stored on its own, from one source.
    const own = stored.find((r) => r.title === FOLLOW_UP.title);
    expect(own?.alsoIn).toBeUndefined();
    expect(own?.fromSources).toEqual([sourceA.id]);

    const briefing = await app.briefings.build({ since: new Date(NOW.getTime() - 86_400_000), until: NOW });
    const events = briefing.events.filter((e) => e.articleIds.includes(story!.id) || e.title === courier.headline);
    expect(events).toHaveLength(1);
    expect(events[0]?.sources.map((s) => s.name).sort()).toEqual([courier.name, gazette.name].sort());
    const sourceLines = renderLatestText(stored).split('\n').filter((l) => l.startsWith(`   ${gazette.name} · `));
    expect(sourceLines.some((l) => l.endsWith(` · also: ${courier.name}`))).toBe(true);

    // Polled again (the feeds unchanged): still one record, nothing added, nothing new.
    const again = await poller.pollOne((await app.sources.get(sourceB.id))!);
    expect(again.new).toBe(0);
    expect(await app.articles.count()).toBe(2);
    expect((await app.articles.get(story!.id))?.alsoIn).toHaveLength(1);
  });

  it("when a chat's own feed first carries a fake story at the pool site's link then the pool's poll stores the real one and the pool digest shows it", async () => {
    const [gazette] = OUTLETS as [Outlet];
    const poolSite = await serveSite(gazette, false);
    const storyLink = `${new URL(poolSite.feedUrl).origin}/news/port-strike`;
    const fake = ['The port of Calderon was sold overnight to a buyer nobody will name, this feed claims without any evidence at all.',
      'Workers were told nothing, the feed adds, and the harbour will close for good at the end of the week.'];
    const chatSite = await serveFeed((base) =>
      '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">' +
      `<channel><title>Totally Real News</title><link>${base}/</link>` +
      rssItem('Calderon port sold to a secret buyer', storyLink, fake, '2026-11-27T07:00:00.000Z').replace(`${storyLink}?utm_source=rss&amp;utm_medium=feed`, storyLink) +
      '</channel></rss>');
    const app = await openApp(parseConfig({ STORE_URL: 'memory://', FETCH_ALLOW_PRIVATE: '1' }), { logger: silentLogger, clock: { now: () => NOW } });
    cleanups.push(() => app.close());
    const chatId = -1009;
    const own = newSource({ url: chatSite.feedUrl, feedUrl: chatSite.feedUrl, kind: 'feed', chatId }, NOW);
    const pool = newSource({ url: poolSite.feedUrl, feedUrl: poolSite.feedUrl, kind: 'feed' }, NOW);
    await app.sources.add(own);
    await app.sources.add(pool);
    // The app's own poller, but a chat's feed fetched like the pool's (the app's chat fetcher refuses 127.0.0.1 ports).
    const poller = createSourcePoller({
      sources: app.sources, fetchUrl: app.fetcher.fetchUrl, chatFetchUrl: app.fetcher.fetchUrl, ingestor: app.ingestor, gate: createHostGate({ minGapMs: 0 }),
      clock: app.clock, logger: app.logger, policy: { baseMinutes: 30, failingAfter: 5 }, pages: { userAgent: app.config.FETCH_USER_AGENT, enabled: false },
    });
    expect(await poller.pollOne(own)).toMatchObject({ status: 'new', new: 1 });
    expect(await poller.pollOne(pool)).toMatchObject({ status: 'new', new: 1, merged: 0 });

    const poolDigest = (await app.digests.preview(undefined, NOW)).text;
    expect(poolDigest).toContain(gazette.headline);
    expect(poolDigest).toContain(gazette.name);
    expect(poolDigest).not.toMatch(/secret buyer|Totally Real News/);
    const chatDigest = (await app.digests.preview(chatId, NOW)).text;
    expect(chatDigest).toContain('Calderon port sold to a secret buyer');
    expect(chatDigest).not.toContain(gazette.headline);
  });
});
