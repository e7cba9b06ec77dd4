// Page fetches that redirect, and pages whose canonical URL can't be trusted, through the real poller and
// fetcher against local sites (poll-pages-site.ts).
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/articles/record.js';
import { pageRig as rig } from './poll-pages-rig.js';
import { FEED_TITLE, SITE_NAME, serveSite, storyParagraphs, summaryOf, type SiteItem } from './poll-pages-site.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});
const pageRig = (items: SiteItem[]) => rig(cleanups, items);
const byStory = (records: ArticleRecord[], n: number) => records.find((r) => r.paragraphs.join(' ').includes(`story ${n}`) || r.paragraphs.join(' ').includes(`Story ${n},`));
const logged = (logs: string[], code: string) => logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.code === code);

describe('page redirects and robots.txt', () => {
  it('when a page link redirects within the site to a path robots.txt disallows then the page is dropped and the feed’s summary stored', async () => {
    const { app, site, poller, source, logs } = await pageRig([{ n: 4, path: '/moved/4.html' }, { n: 5, path: '/hop/5.html' }]);
    site.redirects['/moved/4.html'] = `${site.origin}/private/4.html`;
    site.redirects['/hop/5.html'] = `${site.origin}/news/5.html`;
    expect(await poller.pollOne(source)).toMatchObject({ status: 'new', new: 2 });
    const records = await app.articles.latest(10);
    expect(byStory(records, 4)!.paragraphs).toEqual([summaryOf(4)]);
    expect(byStory(records, 4)!.source.name).toBe(FEED_TITLE);
    // The allowed redirect still gives the page's article.
    expect(byStory(records, 5)!.paragraphs).toEqual(storyParagraphs(5));
    expect(logged(logs, 'SOURCE_PAGE_ROBOTS').map((l) => l.url)).toEqual([`${site.origin}/private/4.html`]);
    expect(site.paths.filter((p) => p === '/robots.txt')).toHaveLength(1); // one origin, one robots.txt
  });

  it('when a page link redirects to another site whose robots.txt disallows it then that site’s robots.txt is read and the page dropped', async () => {
    const { app, site, poller, source, logs } = await pageRig([{ n: 6, path: '/out/6.html' }]);
    const other = await serveSite();
    cleanups.push(() => other.close());
    other.robots = 'User-agent: *\nDisallow: /\n';
    site.redirects['/out/6.html'] = `${other.origin}/news/6.html`;
    expect(await poller.pollOne(source)).toMatchObject({ status: 'new', new: 1 });
    expect(other.paths).toContain('/robots.txt');
    expect((await app.articles.latest(5))[0]!.paragraphs).toEqual([summaryOf(6)]);
    expect(logged(logs, 'SOURCE_PAGE_ROBOTS').map((l) => l.url)).toEqual([`${other.origin}/news/6.html`]);
  });
});

describe('the page’s canonical URL in the stored record', () => {
  it('when a page’s canonical names another site or the front page then the record keeps the feed’s link, with the page’s text', async () => {
    const { app, site, poller, source } = await pageRig([{ n: 7, path: '/elsewhere/7.html' }, { n: 8, path: '/homed/8.html' }, { n: 9, path: '/news/9.html' }]);
    expect(await poller.pollOne(source)).toMatchObject({ status: 'new', new: 3 });
    const records = await app.articles.latest(10);
    expect(byStory(records, 7)).toMatchObject({ url: `${site.origin}/elsewhere/7.html`, paragraphs: storyParagraphs(7), source: { name: SITE_NAME } });
    expect(byStory(records, 8)).toMatchObject({ url: `${site.origin}/homed/8.html`, paragraphs: storyParagraphs(8) });
    // A canonical on the site's own host is trusted.
    expect(byStory(records, 9)!.url).toBe(`${site.origin}/articles/9-story`);
  });
});
