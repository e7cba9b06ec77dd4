import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createSafeFetch } from '../../src/sources/safe-fetch.js';
import { createHostGate } from '../../src/sources/host-gate.js';
import { createSourcePoller, FIRST_FETCH_ITEMS, type SourcePoller } from '../../src/sources/poll-source.js';
import { newSource, type Source } from '../../src/sources/source.js';

const START = new Date('2026-11-27T09:00:00.000Z');
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

const WORDS = ['harbour', 'council', 'railway', 'budget', 'library', 'orchard', 'bridge', 'festival', 'clinic', 'stadium', 'ferry', 'museum'];
/** An item with its own topic, so no two items look like near-duplicates of each other. */
function item(n: number, guid = `id-${n}`, link = `https://news.example.org/story/${n}`): string {
  const w = WORDS[n % WORDS.length]!;
  const body = `<p>The ${w} project number ${n} moved forward on Tuesday after officials in district ${n} approved new plans for the ${w}.</p>` +
    `<p>Residents of district ${n} said the ${w} plan ${n} would change daily life, and the vote on item ${n} passed by ${n + 3} votes.</p>`;
  const day = String(1 + (n % 26)).padStart(2, '0');
  return `<item><title>Story ${n} about the ${w}</title><guid>${guid}</guid><link>${link}?utm_source=rss</link>` +
    `<pubDate>${new Date(`2026-11-${day}T08:00:00Z`).toUTCString()}</pubDate><description><![CDATA[${body}]]></description></item>`;
}
const rss = (items: string[]) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Example News</title><link>https://news.example.org/</link>${items.join('')}</channel></rss>`;

interface Feed { status: number; body: string; etag: string; seen: IncomingHttpHeaders[] }

async function serveFeed(feed: Feed): Promise<string> {
  const server = createServer((req, res) => {
    feed.seen.push(req.headers);
    if (feed.status !== 200) return res.writeHead(feed.status).end('down');
    if (req.headers['if-none-match'] === feed.etag) return res.writeHead(304, { etag: feed.etag }).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: feed.etag }).end(feed.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
}

interface Rig { app: App; poller: SourcePoller; source: Source; feed: Feed; logs: string[]; advance: (minutes: number) => Date }

async function rig(items: string[], env: Record<string, string> = {}): Promise<Rig> {
  const feed: Feed = { status: 200, body: rss(items), etag: '"v1"', seen: [] };
  const url = await serveFeed(feed);
  let now = START;
  const clock = { now: () => now };
  const logs: string[] = [];
  const logger = createLogger('warn', { destination: { write: (line) => void logs.push(line) } });
  const app = await openApp(parseConfig({ STORE_URL: 'memory://', FETCH_ALLOW_PRIVATE: '1', ...env }), { logger, clock });
  cleanups.push(() => app.close());
  const policy = { baseMinutes: app.config.SOURCES_POLL_MINUTES, failingAfter: app.config.SOURCES_FAILING_AFTER };
  const poller = createSourcePoller({ sources: app.sources, fetchUrl: app.fetcher.fetchUrl, ingestor: app.ingestor, gate: createHostGate({ minGapMs: 0 }), clock, logger, policy });
  const source = newSource({ url, feedUrl: url, kind: 'feed' }, now);
  await app.sources.add(source);
  return { app, poller, source, feed, logs, advance: (minutes) => (now = new Date(now.getTime() + minutes * 60_000)) };
}

describe('source poller', () => {
  it('when a new feed is polled then each item is stored once as an article named after the feed, with its canonical link', async () => {
    const { app, poller, source } = await rig([item(1), item(2), item(3)]);
    const result = await poller.pollOne(source);
    expect(result).toMatchObject({ status: 'new', new: 3 });
    const stored = await app.articles.latest(10);
    expect(stored).toHaveLength(3);
    expect(stored.map((r) => r.url).sort()).toEqual([1, 2, 3].map((n) => `https://news.example.org/story/${n}`));
    expect(stored[0]!.source.name).toBe('Example News');
    expect(result.source.title).toBe('Example News');
    expect(result.source.etag).toBe('"v1"');
  });

  it('when the feed has not changed then it is not due before its interval, and the next poll sends If-None-Match and the 304 is unchanged', async () => {
    const { poller, source, feed, advance } = await rig([item(1), item(2)]);
    await poller.pollOne(source);
    expect(await poller.pollDue(advance(20))).toEqual([]);
    const [again] = await poller.pollDue(advance(20));
    expect(again).toMatchObject({ status: 'unchanged', new: 0 });
    expect(feed.seen.at(-1)?.['if-none-match']).toBe('"v1"');
    expect(again!.source.health).toMatchObject({ lastStatus: 'unchanged', lastHttpStatus: 304, consecutiveFailures: 0 });
  });

  it('when the feed reorders and re-publishes items under a new GUID or link then none is stored twice', async () => {
    const { app, poller, source, feed } = await rig([item(1), item(2), item(3)]);
    await poller.pollOne(source);
    feed.body = rss([item(4), item(3), item(2, 'id-2-republished'), item(1, 'id-1', 'https://news.example.org/story/1-moved')]);
    feed.etag = '"v2"';
    const next = await poller.pollOne((await app.sources.get(source.id))!);
    expect(next).toMatchObject({ status: 'new', new: 1 });
    expect(await app.articles.latest(20)).toHaveLength(4);
  });

  it(`when a feed is first polled then only its ${FIRST_FETCH_ITEMS} newest items are stored and the rest are marked seen`, async () => {
    const many = Array.from({ length: 25 }, (_, i) => item(i + 1));
    const { app, poller, source, feed } = await rig(many);
    const first = await poller.pollOne(source);
    expect(first.new).toBe(FIRST_FETCH_ITEMS);
    feed.etag = '"v2"';
    expect(await poller.pollOne((await app.sources.get(source.id))!)).toMatchObject({ status: 'unchanged', new: 0 });
  });

  it('when a feed keeps failing then it backs off, records the error, and is marked failing with one SOURCE_FAILING log', async () => {
    const { app, poller, source, feed, logs } = await rig([item(1)], { SOURCES_FAILING_AFTER: '2' });
    feed.status = 500;
    const first = await poller.pollOne(source);
    expect(first).toMatchObject({ status: 'failed', new: 0 });
    expect(first.error).toMatch(/500/);
    const second = await poller.pollOne((await app.sources.get(source.id))!);
    const third = await poller.pollOne((await app.sources.get(source.id))!);
    expect(second.source.health).toMatchObject({ consecutiveFailures: 2, lastStatus: 'failed' });
    expect(second.source.health.failingSince).toBeDefined();
    const delay = (s: Source) => Date.parse(s.nextFetchAt) - START.getTime();
    expect(delay(second.source)).toBeGreaterThan(delay(first.source));
    expect(third.source.health.lastError).toMatch(/500/);
    expect(logs.filter((l) => l.includes('"code":"SOURCE_FAILING"'))).toHaveLength(1);
  });

  it('when the response is not a feed then the poll fails with the parser reason and stores nothing', async () => {
    const { app, poller, source, feed } = await rig([]);
    feed.body = '<!doctype html><html><body><p>hello</p></body></html>';
    const result = await poller.pollOne(source);
    expect(result).toMatchObject({ status: 'failed', new: 0 });
    expect(result.error).toMatch(/not a feed/);
    expect(await app.articles.latest(5)).toHaveLength(0);
  });

  it('when private addresses are not allowed then a loopback feed is refused before any request, and the error says how to lift it', async () => {
    const { app, source, feed, logs } = await rig([item(1)]);
    const port = Number(new URL(source.feedUrl).port);
    const strict = createSafeFetch({ allowPrivate: false, allowedPorts: [port], userAgent: 'newsbrief-test', timeoutMs: 2000, maxBytes: 65_536, maxRedirects: 2 });
    cleanups.push(() => strict.close());
    const policy = { baseMinutes: 30, failingAfter: 5 };
    const poller = createSourcePoller({ sources: app.sources, fetchUrl: strict.fetchUrl, ingestor: app.ingestor, gate: createHostGate({ minGapMs: 0 }), clock: app.clock, logger: createLogger('silent'), policy });
    const result = await poller.pollOne(source);
    expect(result).toMatchObject({ status: 'failed', new: 0 });
    expect(result.error).toMatch(/FETCH_ALLOW_PRIVATE=1/);
    expect((await app.sources.get(source.id))!.health.lastError).toMatch(/FETCH_ALLOW_PRIVATE=1/);
    expect(feed.seen).toHaveLength(0);
    expect(logs).toEqual([]);
  });
});
