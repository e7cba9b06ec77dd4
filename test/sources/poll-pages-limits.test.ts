// The bounds on page fetches: a per-poll budget, and host politeness observed at the server.
import { afterEach, describe, expect, it } from 'vitest';
import { PAGES_PER_POLL } from '../../src/sources/item-page-choice.js';
import { pageRig as rig, type PageRigOptions } from './poll-pages-rig.js';
import { storyParagraphs, summaryOf, type Site, type SiteItem } from './poll-pages-site.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});
const pageRig = (items: SiteItem[], options: PageRigOptions = {}) => rig(cleanups, items, options);
const shortItems = (count: number): SiteItem[] => Array.from({ length: count }, (_, i) => ({ n: i + 1, path: `/news/${i + 1}.html` }));
const pagePaths = (site: Site) => site.paths.filter((p) => p.startsWith('/news/'));

describe('page fetch bounds', () => {
  it(`when a poll has more short items than the budget then only the ${PAGES_PER_POLL} newest get their page and the rest keep their summary`, async () => {
    const { app, site, poller, source } = await pageRig(shortItems(PAGES_PER_POLL + 5));
    expect(await poller.pollOne(source)).toMatchObject({ status: 'new', new: PAGES_PER_POLL + 5 });
    // Feed dates rise with the story number, so the newest are the highest numbers.
    const newest = Array.from({ length: PAGES_PER_POLL }, (_, i) => `/news/${i + 6}.html`);
    expect(pagePaths(site).sort()).toEqual(newest.sort());
    const records = await app.articles.latest(50);
    const full = records.filter((r) => r.paragraphs.length === 5);
    expect(full).toHaveLength(PAGES_PER_POLL);
    for (const n of [1, 2, 3, 4, 5]) expect(records.some((r) => r.paragraphs.join() === summaryOf(n))).toBe(true);
    expect(full.map((r) => r.paragraphs)).toEqual(expect.arrayContaining([storyParagraphs(6), storyParagraphs(15)]));
  });

  it('when the budget is set lower then that many pages are fetched, no more', async () => {
    const { site, poller, source } = await pageRig(shortItems(6), { pages: { budget: 2 } });
    await poller.pollOne(source);
    expect(pagePaths(site)).toHaveLength(2);
  });

  it('when many pages of one host are fetched then the server never sees more than 2 requests at once', async () => {
    const { app, site, poller, source } = await pageRig(shortItems(8), { pageDelayMs: 80, pages: { concurrency: 6 } });
    expect(await poller.pollOne(source)).toMatchObject({ status: 'new', new: 8 });
    expect(pagePaths(site)).toHaveLength(8);
    expect(site.maxInFlight()).toBeLessThanOrEqual(2);
    expect(site.maxInFlight()).toBe(2); // and the pages did go in parallel, up to the gate's limit
    expect((await app.articles.latest(20)).filter((r) => r.paragraphs.length === 5)).toHaveLength(8);
  });

  it('when the host gate has a minimum gap then page requests start at least that far apart', async () => {
    const { site, poller, source } = await pageRig(shortItems(4), { minGapMs: 60 });
    await poller.pollOne(source);
    const starts = site.pageStarts;
    expect(starts).toHaveLength(4);
    const gaps = starts.slice(1).map((t, i) => t - starts[i]!);
    // Measured at the server, so a few ms of scheduling jitter is allowed.
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(50);
  });
});
