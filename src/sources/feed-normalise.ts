// feedsmith's four format shapes → one FeedItem shape. Each mapper takes the base URL and `now` and
// leaves validation to parseFeed (it checks the result against the zod schema).
import type { AnyFeed, AtomFeed, JsonFeed, RdfFeed, RssFeed } from 'feedsmith';
import { absoluteUrl, bodyHtml, firstOf, isoDate, nestedBase, plainText, titleText, updateMinutes } from './feed-fields.js';
import { enclosureImage, mediaImage } from './feed-media.js';
import { FEED_CAPS, type FeedItem } from './feed-types.js';

export interface FeedDraft {
  readonly title: string;
  readonly link?: string | undefined;
  readonly ttlMinutes?: number | undefined;
  readonly items: ReadonlyArray<FeedItem>;
}

interface Ctx {
  readonly base: string | undefined;
  readonly now: Date;
}

const guidOf = (value: string | undefined): string | undefined => plainText(value, FEED_CAPS.guid);
const authorOf = (value: string | undefined): string | undefined => plainText(value, FEED_CAPS.author);

function rssItem(item: RssFeed.Item<string>, ctx: Ctx): FeedItem {
  const base = nestedBase(item.xml?.base, ctx.base);
  const guid = item.guid?.value;
  // A guid is the item's link unless it says isPermaLink="false" (RSS 2.0 spec).
  const permaLink = item.guid?.isPermaLink === false ? undefined : guid;
  const author = item.authors?.[0];
  return {
    guid: guidOf(guid),
    link: absoluteUrl(item.link, base) ?? absoluteUrl(permaLink, base) ?? absoluteUrl(item.atom?.links?.[0]?.href, base),
    title: titleText(firstOf(item.title, item.dc?.titles?.[0], item.media?.title?.value), undefined),
    contentHtml: bodyHtml(item.content?.encoded, false),
    summary: bodyHtml(firstOf(item.description, item.dc?.descriptions?.[0]), false),
    author: authorOf(firstOf(item.dc?.creators?.[0], author?.name, author?.email, item.atom?.authors?.[0]?.name)),
    publishedAt: isoDate(firstOf(item.pubDate, item.dc?.dates?.[0], item.atom?.published), ctx.now),
    updatedAt: isoDate(firstOf(item.atom?.updated, item.dcterms?.modified?.[0]), ctx.now),
    imageUrl: absoluteUrl(mediaImage(item.media) ?? enclosureImage(item.enclosures) ?? item.itunes?.image, base),
  };
}

function rss(feed: RssFeed.Feed<string>, ctx: Ctx): FeedDraft {
  const base = nestedBase(feed.xml?.base, ctx.base);
  return {
    title: titleText(firstOf(feed.title, feed.dc?.titles?.[0]), undefined) ?? '',
    link: absoluteUrl(feed.link, base),
    ttlMinutes: updateMinutes(feed.ttl, feed.sy),
    items: (feed.items ?? []).map((item) => rssItem(item, { base, now: ctx.now })),
  };
}

function rdfItem(item: RdfFeed.Item<string>, ctx: Ctx): FeedItem {
  const base = nestedBase(item.xml?.base, ctx.base);
  return {
    guid: guidOf(firstOf(item.rdf?.about, item.link)),
    link: absoluteUrl(item.link, base) ?? absoluteUrl(item.rdf?.about, base),
    title: titleText(firstOf(item.title, item.dc?.titles?.[0]), undefined),
    contentHtml: bodyHtml(item.content?.encoded, false),
    summary: bodyHtml(firstOf(item.description, item.dc?.descriptions?.[0]), false),
    author: authorOf(item.dc?.creators?.[0]),
    publishedAt: isoDate(item.dc?.dates?.[0], ctx.now),
    updatedAt: isoDate(item.dcterms?.modified?.[0], ctx.now),
    imageUrl: absoluteUrl(mediaImage(item.media), base),
  };
}

function rdf(feed: RdfFeed.Feed<string>, ctx: Ctx): FeedDraft {
  const base = nestedBase(feed.xml?.base, ctx.base);
  return {
    title: titleText(feed.title, undefined) ?? '',
    link: absoluteUrl(feed.link, base),
    ttlMinutes: updateMinutes(undefined, feed.sy),
    items: (feed.items ?? []).map((item) => rdfItem(item, { base, now: ctx.now })),
  };
}

/** rel="alternate" (or no rel) wins, an HTML one first: that is the article's page. */
function atomLink(links: ReadonlyArray<AtomFeed.Link<string>> | undefined, base: string | undefined): string | undefined {
  const alternates = (links ?? []).filter((link) => (link.rel ?? 'alternate') === 'alternate');
  const best = alternates.find((link) => !link.type || link.type.includes('html')) ?? alternates[0];
  return absoluteUrl(best?.href, base);
}

function atomItem(entry: AtomFeed.Entry<string>, ctx: Ctx, feedAuthor: string | undefined): FeedItem {
  const base = nestedBase(entry.xml?.base, ctx.base);
  const content = entry.content;
  const isText = content?.type === undefined || content.type === 'text';
  return {
    guid: guidOf(entry.id),
    link: atomLink(entry.links, base),
    title: titleText(entry.title?.value, entry.title?.type),
    contentHtml: content?.src ? undefined : bodyHtml(content?.value, isText),
    summary: bodyHtml(entry.summary?.value, entry.summary?.type === undefined || entry.summary.type === 'text'),
    // Atom: an entry without an author inherits the feed's (RFC 4287 §4.2.1).
    author: authorOf(firstOf(entry.authors?.[0]?.name, entry.dc?.creators?.[0], feedAuthor)),
    // Many news feeds only carry <updated>: it stands in for the publication date.
    publishedAt: isoDate(firstOf(entry.published, entry.dc?.dates?.[0], entry.updated), ctx.now),
    updatedAt: isoDate(entry.updated, ctx.now),
    imageUrl: absoluteUrl(mediaImage(entry.media), base),
  };
}

function atom(feed: AtomFeed.Feed<string>, ctx: Ctx): FeedDraft {
  const base = nestedBase(feed.xml?.base, ctx.base);
  const feedAuthor = feed.authors?.[0]?.name;
  return {
    title: titleText(feed.title?.value, feed.title?.type) ?? '',
    link: atomLink(feed.links, base),
    ttlMinutes: updateMinutes(undefined, feed.sy),
    items: (feed.entries ?? []).map((entry) => atomItem(entry, { base, now: ctx.now }, feedAuthor)),
  };
}

function jsonItem(item: JsonFeed.Item<string>, ctx: Ctx): FeedItem {
  return {
    guid: guidOf(item.id),
    link: absoluteUrl(firstOf(item.url, item.external_url), ctx.base),
    title: titleText(item.title, undefined),
    contentHtml: bodyHtml(item.content_html, false) ?? bodyHtml(item.content_text, true),
    summary: bodyHtml(item.summary, true),
    author: authorOf(item.authors?.[0]?.name),
    publishedAt: isoDate(item.date_published, ctx.now),
    updatedAt: isoDate(item.date_modified, ctx.now),
    imageUrl: absoluteUrl(firstOf(item.image, item.banner_image), ctx.base),
  };
}

function json(feed: JsonFeed.Feed<string>, ctx: Ctx): FeedDraft {
  return {
    title: titleText(feed.title, undefined) ?? '',
    link: absoluteUrl(feed.home_page_url, ctx.base),
    items: (feed.items ?? []).map((item) => jsonItem(item, ctx)),
  };
}

/** One normalised draft per format; `base` is the URL the feed was fetched from. */
export function normaliseFeed(parsed: AnyFeed, base: string | undefined, now: Date): FeedDraft {
  const ctx = { base, now };
  switch (parsed.format) {
    case 'rss':
      return rss(parsed.feed, ctx);
    case 'rdf':
      return rdf(parsed.feed, ctx);
    case 'atom':
      return atom(parsed.feed, ctx);
    case 'json':
      return json(parsed.feed, ctx);
  }
}
