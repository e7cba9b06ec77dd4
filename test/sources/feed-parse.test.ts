import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed, type ParsedFeed } from '../../src/sources/feed-parse.js';

const NOW = new Date('2026-11-05T00:00:00Z');
const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url));

function parsed(body: string | Uint8Array, url?: string): ParsedFeed {
  const result = parseFeed(body, { now: NOW, ...(url ? { url } : {}) });
  if (!result.ok) throw new Error(`expected a feed, got ${result.code}: ${result.message}`);
  return result;
}

describe('parseFeed: formats and namespaces', () => {
  it('when an RSS 2.0 feed has content:encoded, dc:creator and media:content, then each lands in its field', () => {
    const feed = parsed(fixture('rss2.xml'), 'https://gazette.example/rss.xml');
    expect(feed).toMatchObject({ format: 'rss', title: 'Harbour Gazette', link: 'https://gazette.example/news/', ttlMinutes: 30 });
    expect(feed.items[0]).toEqual({
      guid: 'gazette-1001',
      link: 'https://gazette.example/news/ferry-timetable',
      title: 'Ferry timetable changes from Monday',
      contentHtml: '<p>The morning ferry will leave at <b>06:40</b> from Monday, the operator said.</p>',
      summary: 'The morning ferry leaves earlier.',
      author: 'Ada Fisher',
      publishedAt: '2026-11-02T08:15:00.000Z',
      imageUrl: 'https://gazette.example/img/ferry-large.jpg', // the widest media:content, resolved
    });
  });

  it('when an RSS item has only a permalink guid, dc:date and an image enclosure, then they give link, date and image', () => {
    const item = parsed(fixture('rss2.xml'), 'https://gazette.example/rss.xml').items[1];
    expect(item).toMatchObject({
      link: 'https://gazette.example/news/lighthouse',
      title: 'Lighthouse reopens & museum extends hours',
      summary: '<p>Visitors can climb the tower again.</p>',
      publishedAt: '2026-11-01T16:30:00.000Z', // +01:00 normalised to UTC
      imageUrl: 'https://cdn.gazette.example/lighthouse.png',
    });
  });

  it('when an RSS 1.0/RDF feed has sy:updatePeriod hourly twice, then ttlMinutes is 30 and dc: fields map', () => {
    const feed = parsed(fixture('rss1.rdf'));
    expect(feed).toMatchObject({ format: 'rdf', title: 'Valley Courier', ttlMinutes: 30 });
    expect(feed.items).toEqual([{
      guid: 'https://valley.example/a/1',
      link: 'https://valley.example/a/1',
      title: 'Bridge repairs finish early',
      summary: 'Work on the river bridge ended a week ahead of plan.',
      author: 'Ben Ortiz',
      publishedAt: '2026-10-30T09:00:00.000Z',
    }]);
  });

  it('when an Atom feed nests xml:base and types its title as html, then links resolve and the title is plain text', () => {
    const feed = parsed(fixture('atom.xml'), 'https://ridge.example/feed.atom');
    expect(feed).toMatchObject({ format: 'atom', title: 'Ridge Notes', link: 'https://ridge.example/blog/' });
    expect(feed.items[0]).toEqual({
      guid: 'tag:ridge.example,2026:post-7',
      link: 'https://ridge.example/blog/posts/snow-pass.html',
      title: 'Snow closes the upper pass',
      contentHtml: '<p>Snow closed the upper pass overnight.</p>',
      summary: 'The upper pass is closed until further notice.',
      author: 'Ridge Desk', // inherited from the feed (RFC 4287)
      publishedAt: '2026-11-03T06:00:00.000Z',
      updatedAt: '2026-11-03T09:30:00.000Z',
      imageUrl: 'https://ridge.example/blog/posts/snow-thumb.jpg',
    });
  });

  it('when Atom content is type text, then contentHtml is escaped text and "<" in a plain title survives', () => {
    const item = parsed(fixture('atom.xml')).items[1];
    expect(item?.title).toBe('Trail map 5 < 6');
    expect(item?.contentHtml).toBe('Plain text with &lt;angle brackets&gt;');
    expect(item?.publishedAt).toBe('2026-11-02T12:00:00.000Z'); // only <updated>: it stands in
  });

  it('when a JSON Feed has relative urls and content_text, then they resolve against the feed URL and text is escaped', () => {
    const feed = parsed(fixture('feed.json'), 'https://delta.example/feed.json');
    expect(feed).toMatchObject({ format: 'json', title: 'Delta Daily', link: 'https://delta.example/' });
    expect(feed.items).toEqual([
      {
        guid: 'delta-42', link: 'https://delta.example/stories/42', title: 'Market hall gets a new roof',
        contentHtml: 'Builders start on Tuesday &amp; finish in spring.', summary: 'New roof for the market hall',
        author: 'Cleo Park', publishedAt: '2026-11-01T12:00:00.000Z', updatedAt: '2026-11-02T08:00:00.000Z',
        imageUrl: 'https://delta.example/img/roof.jpg',
      },
      { guid: 'delta-41', link: 'https://wire.example/story', title: 'Wire story', contentHtml: '<p>From the wire.</p>' },
    ]);
  });
});

const rss = (items: string): string =>
  `<rss version="2.0"><channel><title>T</title><link>https://t.example/</link>${items}</channel></rss>`;
const item = (guid: string, title: string, date: string): string =>
  `<item><guid isPermaLink="false">${guid}</guid><title>${title}</title><link>https://t.example/${guid}</link><pubDate>${date}</pubDate></item>`;

describe('parseFeed: identity and links', () => {
  it('when a feed reorders its items and re-publishes one with a new date and title, then every item keeps its guid and link', () => {
    const before = parsed(rss(item('a', 'First', 'Mon, 02 Nov 2026 08:00:00 GMT') + item('b', 'Second', 'Mon, 02 Nov 2026 09:00:00 GMT')));
    const after = parsed(rss(item('b', 'Second', 'Mon, 02 Nov 2026 09:00:00 GMT') + item('a', 'First (updated)', 'Wed, 04 Nov 2026 10:00:00 GMT')));
    const identity = (feed: ParsedFeed) => new Map(feed.items.map((i) => [i.guid, i.link]));
    expect(identity(after)).toEqual(identity(before));
    expect(after.items.map((i) => i.guid)).toEqual(['b', 'a']);
    expect(after.items[1]?.publishedAt).toBe('2026-11-04T10:00:00.000Z');
  });

  it('when links are javascript: or unparseable, then they are dropped rather than kept', () => {
    const feed = parsed(rss('<item><title>x</title><link>javascript:alert(1)</link></item><item><title>y</title><link>http://[::1</link></item>'));
    expect(feed.items.map((i) => i.link)).toEqual([undefined, undefined]);
  });

  it('when relative links come without a feed URL, then they are dropped (no base to resolve against)', () => {
    expect(parsed(rss('<item><title>x</title><link>/a</link></item>')).items[0]?.link).toBeUndefined();
  });

  it('when a date is unparseable or more than a day after now, then it is left out', () => {
    const feed = parsed(rss(item('a', 'x', 'not a date') + item('b', 'y', 'Fri, 01 Jan 2027 00:00:00 GMT')));
    expect(feed.items.map((i) => i.publishedAt)).toEqual([undefined, undefined]);
  });

  it('when a feed has a channel but no items, then it parses with items: [] (a new feed, not an error)', () => {
    expect(parsed(rss(''))).toEqual({ ok: true, format: 'rss', title: 'T', link: 'https://t.example/', items: [] });
  });

  it('when an item carries nothing usable, then it is skipped and the others stay', () => {
    const feed = parsed(rss('<item><category>only</category></item>' + item('a', 'x', 'Mon, 02 Nov 2026 08:00:00 GMT')));
    expect(feed.items.map((i) => i.guid)).toEqual(['a']);
  });

  it('when a feed has more items than maxItems, then only the first maxItems are kept', () => {
    const body = rss(Array.from({ length: 5 }, (_, n) => item(`g${n}`, `t${n}`, 'Mon, 02 Nov 2026 08:00:00 GMT')).join(''));
    const result = parseFeed(body, { now: NOW, maxItems: 2 });
    expect(result.ok && result.items.map((i) => i.guid)).toEqual(['g0', 'g1']);
  });
});
