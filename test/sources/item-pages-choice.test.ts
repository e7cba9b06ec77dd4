// The pure rules of page fetching: which items are short, which text wins, how page metadata merges.
import { describe, expect, it } from 'vitest';
import { PAGE_MIN_CHARS, needsDateOrigin, pageCandidates, trustedPageUrl, wantsPage, withPage as merge, type ItemArticle, type PageFacts } from '../../src/sources/item-page-choice.js';

const feed: ItemArticle = {
  title: 'Ferry timetable approved',
  text: ['The council approved the new ferry timetable on Monday.'],
  source: 'Harbour Gazette: top stories',
  url: 'https://gazette.example/news/ferry',
  publishedAt: '2026-11-20T08:00:00.000Z',
  author: 'Feed Author',
};
const long = Array.from({ length: 4 }, (_, i) => `Paragraph ${i + 1} of the article says a good deal more about the ferry, the harbour and the council vote.`);
/** Fetched from the item's link, no redirect (the cases below that test the canonical URL pass their own). */
const where = { link: 'https://gazette.example/news/ferry?utm_source=rss', fetchedUrl: 'https://gazette.example/news/ferry?utm_source=rss' };
const withPage = (f: ItemArticle, p: PageFacts, declared: boolean) => merge(f, p, declared, where);
const page: PageFacts = {
  title: 'Ferry timetable approved after long debate',
  paragraphs: long,
  source: { name: 'The Harbour Gazette' },
  url: 'https://www.gazette.example/articles/ferry?utm_source=rss',
  publishedAt: '2026-11-21T06:30:00.000Z',
  language: 'en',
  author: 'Page Author',
};

describe('which items get their page', () => {
  it(`when the feed text is under ${PAGE_MIN_CHARS} characters and there is an http link then the page is wanted`, () => {
    expect(wantsPage(feed, 'https://gazette.example/news/ferry')).toBe(true);
    expect(wantsPage({ text: ['x'.repeat(PAGE_MIN_CHARS)] }, 'https://gazette.example/a')).toBe(false);
    expect(wantsPage({ text: ['x'.repeat(PAGE_MIN_CHARS - 1)] }, 'https://gazette.example/a')).toBe(true);
    expect(wantsPage(feed, undefined)).toBe(false);
    expect(wantsPage(feed, 'ftp://gazette.example/a')).toBe(false);
    expect(wantsPage({ text: ['a'.repeat(300), 'b'.repeat(300)] }, 'https://gazette.example/a')).toBe(false);
    expect(wantsPage(feed, 'https://gazette.example/a', 20)).toBe(false);
  });

  const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T08:00:00.000Z`;

  it('when more items want a page than the budget allows and all are dated then the newest are chosen, newest first', () => {
    // An oldest-first feed: the budget goes to its last items.
    const oldestFirst = [1, 2, 3, 4, 5].map((day) => ({ wants: true, publishedAt: at(day) }));
    expect(pageCandidates(oldestFirst, 3)).toEqual([4, 3, 2]);
    const mixed = [{ wants: true, publishedAt: at(9) }, { wants: false, publishedAt: at(30) }, { wants: true, publishedAt: at(3) }, { wants: true, publishedAt: at(12) }];
    expect(pageCandidates(mixed, 2)).toEqual([3, 0]);
  });

  it('when an item that wants its page has no readable date then the feed’s order is kept', () => {
    const undated = [{ wants: true, publishedAt: at(1) }, { wants: false }, { wants: true }, { wants: true, publishedAt: at(5) }, { wants: true, publishedAt: 'soon' }];
    expect(pageCandidates(undated, 3)).toEqual([0, 2, 3]);
    expect(pageCandidates([{ wants: true }, { wants: true }], 0)).toEqual([]);
  });

  it('when two items have the same date then they keep their feed order', () => {
    expect(pageCandidates([{ wants: true, publishedAt: at(2) }, { wants: true, publishedAt: at(4) }, { wants: true, publishedAt: at(4) }], 3)).toEqual([1, 2, 0]);
  });
});

describe('merging a page into a feed item', () => {
  it('when the page is longer then its text, publisher, author, canonical URL and language win, and the feed’s title stays', () => {
    expect(withPage(feed, page, true)).toEqual({
      title: 'Ferry timetable approved',
      text: long,
      source: 'The Harbour Gazette',
      url: 'https://gazette.example/articles/ferry',
      publishedAt: '2026-11-21T06:30:00.000Z',
      language: 'en',
      author: 'Page Author',
    });
  });

  it('when the page’s text is not longer than the feed’s then the feed’s content stays whole', () => {
    expect(withPage({ ...feed, text: long }, page, true)).toBeUndefined();
    expect(withPage(feed, { ...page, paragraphs: ['Short.'] }, true)).toBeUndefined();
  });

  it('when the page names no publisher (its host stands in) then the feed’s outlet stays', () => {
    const hostNamed = { ...page, source: { name: 'gazette.example' } }; // extract-page.ts's name for www.gazette.example
    expect(withPage(feed, hostNamed, true)?.source).toBe(feed.source);
  });

  it('when the page’s date was only read from its text then the feed’s declared date wins; with none, the text date is used', () => {
    expect(withPage(feed, page, false)?.publishedAt).toBe(feed.publishedAt);
    const { publishedAt: _p, ...undated } = feed;
    expect(withPage(undated, page, false)?.publishedAt).toBe(page.publishedAt);
  });

  it('when the page gives no author, language or title then the feed’s are kept', () => {
    const { author: _a, ...bare } = page;
    const { title: _t, ...untitled } = feed;
    const merged = withPage(untitled, { ...bare, language: 'und', title: '' }, true);
    expect(merged?.author).toBe('Feed Author');
    expect(merged).not.toHaveProperty('language');
    expect(merged).not.toHaveProperty('title');
  });

  it('when both give a date then the date origin matters only if they differ', () => {
    expect(needsDateOrigin(feed, page)).toBe(true);
    expect(needsDateOrigin(feed, { publishedAt: '2026-11-20T09:00:00+01:00' })).toBe(false);
    expect(needsDateOrigin({}, page)).toBe(false);
    expect(needsDateOrigin(feed, {})).toBe(false);
  });
});

describe('the page’s canonical URL', () => {
  const link = 'https://gazette.example/news/ferry?utm_source=rss';
  const via = (fetchedUrl: string) => ({ link, fetchedUrl });

  it('when the canonical is on the link’s host or the fetched page’s, a leading www. aside, then it is trusted', () => {
    expect(trustedPageUrl('https://www.gazette.example/articles/ferry', via(link))).toBe('https://www.gazette.example/articles/ferry');
    // A link through a redirector (feed proxy) that lands on the publisher: the publisher's host counts.
    const proxied = { link: 'https://feeds.proxy.example/~r/gazette/123', fetchedUrl: 'https://www.gazette.example/news/ferry' };
    expect(trustedPageUrl('https://gazette.example/articles/ferry', proxied)).toBe('https://gazette.example/articles/ferry');
  });

  it('when the canonical points at another site or at a front page then it is not trusted', () => {
    expect(trustedPageUrl('https://aggregator.example/articles/ferry', via(link))).toBeUndefined();
    expect(trustedPageUrl('https://news.gazette.example/articles/ferry', via(link))).toBeUndefined(); // another host of the same site: not the same
    expect(trustedPageUrl('https://gazette.example/', via(link))).toBeUndefined();
    expect(trustedPageUrl('https://www.gazette.example', via(link))).toBeUndefined();
    expect(trustedPageUrl('https://gazette.example/?p=123', via(link))).toBe('https://gazette.example/?p=123'); // a WordPress permalink is an article
    expect(trustedPageUrl('not a url', via(link))).toBeUndefined();
    expect(trustedPageUrl(undefined, via(link))).toBeUndefined();
  });

  it('when the canonical is not trusted then the record keeps the feed’s link, and the page’s text still wins', () => {
    const elsewhere = merge(feed, { ...page, url: 'https://aggregator.example/ferry-story' }, true, where);
    expect(elsewhere?.url).toBe(feed.url);
    expect(elsewhere?.text).toEqual(long);
    expect(merge(feed, { ...page, url: 'https://www.gazette.example/' }, true, where)?.url).toBe(feed.url);
  });
});
