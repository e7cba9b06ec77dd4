// `newsbrief start` polls due sources on a schedule: through the real poller, against a local feed server.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp } from '../../src/app.js';
import { appPoller } from '../../src/app-poller.js';
import { parseConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { scheduleSources } from '../../src/sources/schedule-sources.js';
import { createLeaseRunCoordinator } from '../../src/store/lease-run-coordinator.js';
import { newSource } from '../../src/sources/source.js';
import { serveSite, summaryOf } from './poll-pages-site.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

const story = (n: number, topic: string) =>
  `<item><title>${topic} story ${n}</title><guid>g-${n}</guid><link>https://local.example/${n}</link>` +
  `<pubDate>Wed, 25 Nov 2026 08:00:00 GMT</pubDate><description><![CDATA[<p>The ${topic} council met on Tuesday and agreed plan ${n} after a long debate about the ${topic} budget.</p>` +
  `<p>Officials said the ${topic} plan ${n} would start next spring, and residents welcomed the ${topic} decision.</p>]]></description></item>`;
const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire</title>${story(1, 'harbour')}${story(2, 'railway')}</channel></rss>`;

describe('sources schedule', () => {
  it('when a source is due then a tick polls it, stores its items, and stop waits for the poll in progress', async () => {
    let requests = 0;
    const server = createServer((_req, res) => {
      requests++;
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
    const app = await openApp(parseConfig({ STORE_URL: 'memory://', FETCH_ALLOW_PRIVATE: '1' }), { logger: silentLogger });
    cleanups.push(() => app.close());
    await app.sources.add(newSource({ url, feedUrl: url, kind: 'feed' }, app.clock.now()));

    const schedule = scheduleSources({ schedule: '* * * * * *', poller: appPoller(app), clock: app.clock, logger: silentLogger, jobs: createLeaseRunCoordinator(app.store) });
    for (let i = 0; i < 60 && (await app.articles.count()) < 2; i++) await new Promise((r) => setTimeout(r, 100));
    await schedule.stop();
    expect((await app.articles.latest(5)).map((a) => a.title).sort()).toEqual(['harbour story 1', 'railway story 2']);
    // Polled once: the next fetch waits for the source's own interval, not the every-second tick.
    const after = requests;
    expect(after).toBe(1);
    expect((await app.sources.list())[0]?.health.lastStatus).toBe('new');
  }, 15_000);

  it('when stop is called while a tick fetches slow pages then the page work is cut short and stop returns promptly, the items stored with their summaries', async () => {
    const site = await serveSite();
    cleanups.push(() => site.close());
    site.items = [{ n: 1, path: '/slow/1.html' }, { n: 2, path: '/slow/2.html' }];
    // Without the stop signal the pages would hold the tick for FETCH_TIMEOUT_MS (10 s).
    const app = await openApp(parseConfig({ STORE_URL: 'memory://', FETCH_ALLOW_PRIVATE: '1', FETCH_TIMEOUT_MS: '10000' }), { logger: silentLogger });
    cleanups.push(() => app.close());
    await app.sources.add(newSource({ url: site.feedUrl, feedUrl: site.feedUrl, kind: 'feed' }, app.clock.now()));

    const schedule = scheduleSources({ schedule: '* * * * * *', poller: appPoller(app), clock: app.clock, logger: silentLogger, jobs: createLeaseRunCoordinator(app.store) });
    for (let i = 0; i < 100 && !site.paths.some((p) => p.startsWith('/slow/')); i++) await new Promise((r) => setTimeout(r, 50));
    expect(site.paths.some((p) => p.startsWith('/slow/'))).toBe(true);
    const stoppedAt = Date.now();
    await schedule.stop();
    expect(Date.now() - stoppedAt).toBeLessThan(2000);
    expect((await app.articles.latest(5)).map((r) => r.paragraphs.join()).sort()).toEqual([summaryOf(1), summaryOf(2)].sort());
    expect((await app.sources.list())[0]?.health.lastStatus).toBe('new');
  }, 15_000);
});
