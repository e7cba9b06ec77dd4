// What a URL someone adds as a source is: a feed (kept as is), or an HTML page whose
// <link rel="alternate" type="application/rss+xml|atom+xml|feed+json"> names a feed (autodiscovery; the first
// one that parses is kept). Anything else is refused with a one-line reason. One fetch, two when autodiscovered.
import { FEED_CONTENT_TYPES, PAGE_CONTENT_TYPES, mediaType } from './fetch-headers.js';
import type { FetchUrl } from './fetch-types.js';
import { parseFeed, type ParsedFeed } from './feed-parse.js';
import { parsePage } from './page-dom.js';
import { pageMetadata } from './page-metadata.js';

import type { Discovery } from './discovery.port.js';

export type { Discovery } from './discovery.port.js';

const ACCEPT = [...FEED_CONTENT_TYPES, ...PAGE_CONTENT_TYPES];
/** Autodiscovered links tried per page: a page listing dozens of comment feeds is not probed in full. */
const MAX_CANDIDATES = 3;
const charsetOf = (contentType: string): string | undefined => /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1];

type Fetched = { ok: true; url: string; body: Uint8Array; contentType: string } | { ok: false; message: string };

async function fetchBody(fetchUrl: FetchUrl, url: string): Promise<Fetched> {
  const got = await fetchUrl(url, { accept: ACCEPT });
  if (!got.ok) return { ok: false, message: got.message };
  if (got.status === 304) return { ok: false, message: `${url} answered 304 to a plain GET; check the URL` };
  return { ok: true, url: got.url, body: got.body, contentType: got.contentType };
}

const parsed = (got: Extract<Fetched, { ok: true }>, now: Date): ParsedFeed | { ok: false; message: string } => {
  const charset = charsetOf(got.contentType);
  return parseFeed(got.body, { url: got.url, now, ...(charset ? { charset } : {}) });
};

const found = (url: string, feedUrl: string, feed: ParsedFeed): Discovery => ({ ok: true, url, feedUrl, ...(feed.title ? { title: feed.title } : {}), items: feed.items.length });

/** Fetches `url` and finds the feed to poll for it. */
export async function discoverFeed(fetchUrl: FetchUrl, url: string, now: Date): Promise<Discovery> {
  const got = await fetchBody(fetchUrl, url);
  if (!got.ok) return { ok: false, code: 'NOT_FETCHED', message: got.message };
  const feed = parsed(got, now);
  if (feed.ok) return found(url, got.url, feed);
  if (!PAGE_CONTENT_TYPES.includes(mediaType(got.contentType)) && !/html/i.test(feed.message)) {
    return { ok: false, code: 'NO_FEED', message: `no feed found at ${url}: ${feed.message}` };
  }
  const links = pageMetadata(parsePage(new TextDecoder().decode(got.body)), got.url).feeds.slice(0, MAX_CANDIDATES);
  for (const link of links) {
    const linked = await fetchBody(fetchUrl, link);
    const linkedFeed = linked.ok ? parsed(linked, now) : undefined;
    if (linked.ok && linkedFeed?.ok) return found(url, linked.url, linkedFeed);
  }
  const why = links.length === 0 ? 'the page links no RSS, Atom or JSON feed' : `none of the ${links.length} feeds it links could be read`;
  return { ok: false, code: 'NO_FEED', message: `no feed found at ${url}: ${why}; give the feed's own URL.` };
}
