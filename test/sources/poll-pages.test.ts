// Feed items that carry only a summary get their page fetched and extracted, through the real poller, the
// guarded fetcher and robots.txt, against a local site (poll-pages-site.ts).
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/articles/record.js';
import { extractPage } from '../../src/sources/extract-page.js';
import { START, pageRig as rig } from './poll-pages-rig.js';
import { FEED_TITLE, SITE_NAME, articlePage, feedDate, pageDate, textDate, storyAuthor, storyParagraphs, summaryOf, type Site, type SiteItem } from './poll-pages-site.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});
const pageRig = (items: SiteItem[], options: Parameters<typeof rig>[2] = {}) => rig(cleanups, items, options);

const byStory = (records: ArticleRecord[], n: number) => records.find((r) => r.paragraphs.join(' ').includes(`story ${n}`) || r.paragraphs.join(' ').includes(`Story ${n},`));
const pagePaths = (site: Site) => site.paths.filter((p) => p !== '/feed.xml' && p !== '/robots.txt');
const logged = (logs: string[], code: string) => logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.code === code);

describe('page fetches for summary-only feed items', () => {
  it('when an item has a one-line summary then the stored record has the page’s paragraphs, publisher, author, date and canonical URL', async () => {
    const { app, site, poller, source, inputs } = await pageRig([{ n: 1, path: '/news/1.html' }, { n: 2, path: '/news/2.html' }]);
    const result = await poller.pollOne(source);
    expect(result).toMatchObject({ status: 'new', new: 2 });
    const records = await app.articles.latest(10);
    for (const n of [1, 2]) {
      const record = byStory(records, n)!;
      expect(record.paragraphs).toEqual(storyParagraphs(n));
      expect(record.paragraphs.join(' ')).not.toMatch(/newsletter|Most read|All rights reserved|Home/);
      expect(record.source.name).toBe(SITE_NAME);
      expect(record.source.name).not.toBe(FEED_TITLE);
      expect(record.publishedAt).toBe(pageDate(n));
      expect(record.url).toBe(`${site.origin}/articles/${n}-story`);
      expect(record.author).toBe(storyAuthor(n));
    }
    const authors = inputs.map((i) => (JSON.parse(new TextDecoder().decode(i.bytes)) as { author?: string }).author).sort();
    expect(authors).toEqual([storyAuthor(1), storyAuthor(2)]);
    expect(inputs.map((i) => i.origin)).toEqual([{ sourceId: source.id }, { sourceId: source.id }]);
    expect(pagePaths(site).sort()).toEqual(['/news/1.html', '/news/2.html']);
  });

  it('when the page declares no date and only its text gives one then the feed’s date is stored, not the text’s', async () => {
    const { app, site, poller, source } = await pageRig([{ n: 12, path: '/undated/12.html' }]);
    // What the extractor alone makes of that page: the date read from its text.
    const alone = extractPage(articlePage(12, site.origin, true), { url: `${site.origin}/undated/12.html`, now: START });
    expect(alone.ok && alone.article.publishedAt).toBe(`${textDate(12)}T00:00:00.000Z`);
    await poller.pollOne(source);
    const [record] = await app.articles.latest(5);
    expect(record!.paragraphs).toEqual(storyParagraphs(12));
    expect(record!.publishedAt).toBe(feedDate(12).toISOString());
  });

  it('when the feed is polled again with the same items then nothing is stored twice: seen items stay keyed by the feed’s guid and link', async () => {
    const { app, site, poller, source } = await pageRig([{ n: 3, path: '/news/3.html' }]);
    await poller.pollOne(source);
    site.feedEtag = '"v2"';
    const again = await poller.pollOne((await app.sources.get(source.id))!);
    expect(again).toMatchObject({ status: 'unchanged', new: 0 });
    expect(pagePaths(site)).toEqual(['/news/3.html']);
    expect(await app.articles.latest(10)).toHaveLength(1);
  });

  it('when robots.txt disallows a page then the page is never requested and the feed’s summary is stored', async () => {
    const { app, site, poller, source, logs } = await pageRig([{ n: 4, path: '/private/4.html' }, { n: 5, path: '/news/5.html' }]);
    const result = await poller.pollOne(source);
    expect(result).toMatchObject({ status: 'new', new: 2 });
    expect(site.paths).not.toContain('/private/4.html');
    expect(site.paths.filter((p) => p === '/robots.txt')).toHaveLength(1);
    const records = await app.articles.latest(10);
    expect(byStory(records, 4)!.paragraphs).toEqual([summaryOf(4)]);
    expect(byStory(records, 4)!.source.name).toBe(FEED_TITLE);
    expect(byStory(records, 5)!.paragraphs).toEqual(storyParagraphs(5));
    expect(logged(logs, 'SOURCE_PAGE_ROBOTS')).toHaveLength(1);
  });

  it('when a page is a 404, a cookie wall, a PDF or never finishes then the feed content is stored and the poll is still new', async () => {
    const items = [{ n: 6, path: '/gone/6.html' }, { n: 7, path: '/consent/7.html' }, { n: 8, path: '/slow/8.html' }, { n: 11, path: '/files/11.pdf' }];
    const { app, site, poller, source, logs } = await pageRig(items, { env: { FETCH_TIMEOUT_MS: '600' } });
    const result = await poller.pollOne(source);
    expect(result).toMatchObject({ status: 'new', new: 4 });
    expect(result.error).toBeUndefined();
    expect(result.source.health).toMatchObject({ lastStatus: 'new', consecutiveFailures: 0 });
    expect(pagePaths(site).sort()).toEqual(['/consent/7.html', '/files/11.pdf', '/gone/6.html', '/slow/8.html']);
    const records = await app.articles.latest(10);
    for (const n of [6, 7, 8, 11]) expect(byStory(records, n)!.paragraphs).toEqual([summaryOf(n)]);
    expect(logged(logs, 'SOURCE_PAGE_REFUSED').map((l) => l.reason)).toEqual(['consent_wall']);
    const failures = logged(logs, 'SOURCE_PAGE_FAILED').map((l) => String(l.reason).split(':')[0]).sort();
    expect(failures).toEqual(['FETCH_CONTENT_TYPE', 'FETCH_HTTP_STATUS', 'FETCH_TIMEOUT']);
    expect(logged(logs, 'SOURCE_PAGE_FAILED').every((l) => l.level === 20)).toBe(true); // debug, not warn
  });

  it('when pages are slow then the poll’s page deadline ends them all, the feed content is stored, and the poll is new', async () => {
    const items = [1, 2, 3, 4, 5].map((n) => ({ n, path: `/slow/${n}.html` }));
    const { app, poller, source, logs } = await pageRig(items, { env: { FETCH_TIMEOUT_MS: '10000' }, pages: { deadlineMs: 300 } });
    const started = Date.now();
    expect(await poller.pollOne(source)).toMatchObject({ status: 'new', new: 5 });
    expect(Date.now() - started).toBeLessThan(3000);
    expect((await app.articles.latest(10)).map((r) => r.paragraphs.length)).toEqual([1, 1, 1, 1, 1]);
    expect(logged(logs, 'SOURCE_PAGE_SKIPPED')).toHaveLength(5);
  });

  it('when an item carries its full text in content:encoded then its page is not fetched at all', async () => {
    const full = storyParagraphs(9).map((p) => `<p>${p}</p>`).join('');
    const { app, site, poller, source } = await pageRig([{ n: 9, path: '/news/9.html', contentEncoded: full }]);
    expect(await poller.pollOne(source)).toMatchObject({ status: 'new', new: 1 });
    expect(pagePaths(site)).toEqual([]);
    expect(site.paths).not.toContain('/robots.txt');
    const [record] = await app.articles.latest(10);
    expect(record!.paragraphs).toEqual(storyParagraphs(9));
    expect(record!.source.name).toBe(FEED_TITLE);
  });

  it('when page fetching is switched off then short items keep their summaries and no page is requested', async () => {
    const { app, site, poller, source } = await pageRig([{ n: 10, path: '/news/10.html' }], { pages: { enabled: false } });
    expect(await poller.pollOne(source)).toMatchObject({ status: 'new', new: 1 });
    expect(site.paths).toEqual(['/feed.xml']);
    expect((await app.articles.latest(10))[0]!.paragraphs).toEqual([summaryOf(10)]);
  });
});

describe('page fetches skip stories already stored', () => {
  it('when a stored story already has an item’s link then that page is not fetched and the item joins the story as another outlet', async () => {
    const { app, site, poller, source } = await pageRig([{ n: 1, path: '/news/1.html' }, { n: 2, path: '/news/2.html' }]);
    // Another outlet stored story 1 at the same link (tracking parameters aside) before this feed was polled.
    const other = { title: 'Story one, as the wire carried it', text: storyParagraphs(1), source: 'Other Wire', url: `${site.origin}/news/1.html` };
    expect((await app.ingestor.ingest([{ name: 'other', bytes: new TextEncoder().encode(JSON.stringify(other)) }]))[0]?.status).toBe('stored');
    const result = await poller.pollOne(source);
    expect(result).toMatchObject({ status: 'new', new: 1, merged: 1 });
    expect(pagePaths(site)).toEqual(['/news/2.html']);
  });
});
