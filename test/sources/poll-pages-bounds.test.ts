// Bounds across a whole tick, observed at local servers: sources polled at once, page work at once across
// every poll, robots.txt that never answers, a stop signal (shutdown), and which pages an oldest-first feed gets.
import { afterEach, describe, expect, it } from 'vitest';
import { PAGES_IN_FLIGHT } from '../../src/sources/item-pages.js';
import { PAGES_PER_POLL } from '../../src/sources/item-page-choice.js';
import { START, pageRig, sitesRig, type PageRigOptions } from './poll-pages-rig.js';
import { storyParagraphs, summaryOf, type SiteItem } from './poll-pages-site.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});
const shortItems = (count: number, from = 1): SiteItem[] => Array.from({ length: count }, (_, i) => ({ n: from + i, path: `/news/${from + i}.html` }));
const fullItem = (n: number): SiteItem => ({ n, path: `/news/${n}.html`, contentEncoded: storyParagraphs(n).map((p) => `<p>${p}</p>`).join('') });
const logged = (logs: string[], code: string) => logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.code === code);
const sites = (count: number, items: (k: number) => SiteItem[], options: PageRigOptions) => sitesRig(cleanups, count, items, options);

describe('bounds across a tick', () => {
  it('when more sources are due than sourcesInFlight then pollDue polls that many at once, and every one in the end', async () => {
    const { poller, meter } = await sites(6, (k) => [fullItem(k + 1)], { feedDelayMs: 150, poller: { sourcesInFlight: 3 } });
    const results = await poller.pollDue(START);
    expect(results.map((r) => r.status)).toEqual(['new', 'new', 'new', 'new', 'new', 'new']);
    expect(meter.feeds.most).toBe(3);
  });

  it('when several sources fetch pages in one tick then the poller-wide page limit holds across them all', async () => {
    // 3 hosts × 2 per host would allow 6 pages at once; the shared limit says 3.
    const { app, poller, meter } = await sites(3, (k) => shortItems(4, 10 * k + 1), { pageDelayMs: 100, pages: { inFlight: 3, concurrency: 4 } });
    expect((await poller.pollDue(START)).map((r) => r.new)).toEqual([4, 4, 4]);
    expect(meter.pages.most).toBe(3);
    expect((await app.articles.latest(20)).filter((r) => r.paragraphs.length === 5)).toHaveLength(12);
  });

  it(`when no limit is given then at most PAGES_IN_FLIGHT (${PAGES_IN_FLIGHT}) pages are fetched at once across sources`, async () => {
    const { poller, meter } = await sites(4, (k) => shortItems(3, 10 * k + 1), { pageDelayMs: 100 });
    await poller.pollDue(START);
    expect(meter.pages.most).toBe(PAGES_IN_FLIGHT);
  });

  it('when robots.txt never answers then the page deadline still ends the poll, and the summaries are stored', async () => {
    const { app, site, poller, source, logs } = await pageRig(cleanups, shortItems(2), { env: { FETCH_TIMEOUT_MS: '10000' }, pages: { deadlineMs: 300 } });
    site.robotsHang = true;
    const started = Date.now();
    expect(await poller.pollOne(source)).toMatchObject({ status: 'new', new: 2 });
    expect(Date.now() - started).toBeLessThan(3000);
    expect((await app.articles.latest(5)).map((r) => r.paragraphs.length)).toEqual([1, 1]);
    expect(logged(logs, 'SOURCE_PAGE_SKIPPED').map((l) => l.reason)).toEqual(['the poll’s page deadline passed', 'the poll’s page deadline passed']);
  });

  it('when the stop signal aborts during page fetches then the poll ends at once with the feed’s summaries', async () => {
    const items = [1, 2, 3].map((n) => ({ n, path: `/slow/${n}.html` }));
    const { app, site, poller, source, logs } = await pageRig(cleanups, items, { env: { FETCH_TIMEOUT_MS: '10000' } });
    const stop = new AbortController();
    const polling = poller.pollOne(source, { signal: stop.signal });
    for (let i = 0; i < 100 && !site.paths.some((p) => p.startsWith('/slow/')); i++) await new Promise((r) => setTimeout(r, 10));
    const stoppedAt = Date.now();
    stop.abort();
    expect(await polling).toMatchObject({ status: 'new', new: 3 });
    expect(Date.now() - stoppedAt).toBeLessThan(1000);
    expect((await app.articles.latest(5)).map((r) => r.paragraphs.join())).toEqual(expect.arrayContaining([summaryOf(1), summaryOf(2), summaryOf(3)]));
    expect(logged(logs, 'SOURCE_PAGE_SKIPPED').map((l) => l.reason)).toEqual(Array.from({ length: 3 }, () => 'the poll was stopped (shutdown)'));
  });

  it('when the stop signal aborts during pollDue then no further source starts, and those stay due', async () => {
    const { app, poller, meter } = await sites(3, (k) => [fullItem(k + 1)], { feedDelayMs: 300, poller: { sourcesInFlight: 1 } });
    const stop = new AbortController();
    const polling = poller.pollDue(START, { signal: stop.signal });
    for (let i = 0; i < 100 && meter.feeds.now === 0; i++) await new Promise((r) => setTimeout(r, 10));
    stop.abort();
    const results = await polling;
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ status: 'new', new: 1 });
    expect(await app.sources.due(START)).toHaveLength(2);
  });

  it(`when a feed lists its items oldest first then a later poll spends its ${PAGES_PER_POLL} pages on the newest, newest first`, async () => {
    const { app, site, poller, source } = await pageRig(cleanups, [fullItem(100)]);
    await poller.pollOne(source);
    site.items = shortItems(PAGES_PER_POLL + 5); // feed dates rise with the story number: oldest first
    site.feedEtag = '"v2"';
    expect(await poller.pollOne((await app.sources.get(source.id))!)).toMatchObject({ status: 'new', new: PAGES_PER_POLL + 5 });
    const pages = site.paths.filter((p) => p.startsWith('/news/') && p !== '/news/100.html');
    expect(pages[0]).toBe(`/news/${PAGES_PER_POLL + 5}.html`);
    expect([...pages].sort()).toEqual(Array.from({ length: PAGES_PER_POLL }, (_, i) => `/news/${i + 6}.html`).sort());
  });
});
