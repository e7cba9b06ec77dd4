// The normalised shape every feed format becomes (RSS 2.0, RSS 1.0/RDF, Atom, JSON Feed), and its refusals.
// parseFeed validates its own output against these schemas, so the poller can trust what it stores.
import { z } from 'zod';

const isoDate = z.iso.datetime({ offset: true });
const httpUrl = z.url({ protocol: /^https?$/ });

/** Field caps: a hostile feed can't make one item megabytes of title. */
export const FEED_CAPS = { title: 1_000, author: 200, guid: 2_000, url: 4_000, html: 1_000_000 } as const;

export const FeedItemSchema = z.object({
  /** RSS guid, Atom id, RDF rdf:about or JSON Feed id: stable across reorders and re-publishing. */
  guid: z.string().min(1).max(FEED_CAPS.guid).optional(),
  /** Absolute http(s) link, resolved against xml:base and the feed's URL. */
  link: httpUrl.max(FEED_CAPS.url).optional(),
  /** Plain text (an Atom type="html" title loses its markup). */
  title: z.string().min(1).max(FEED_CAPS.title).optional(),
  /** The full body as HTML: content:encoded, Atom content, JSON content_html (text content is escaped). */
  contentHtml: z.string().min(1).max(FEED_CAPS.html).optional(),
  /** The feed's description/summary, as HTML the way the feed gave it. */
  summary: z.string().min(1).max(FEED_CAPS.html).optional(),
  author: z.string().min(1).max(FEED_CAPS.author).optional(),
  publishedAt: isoDate.optional(),
  updatedAt: isoDate.optional(),
  imageUrl: httpUrl.max(FEED_CAPS.url).optional(),
});
export type FeedItem = z.infer<typeof FeedItemSchema>;

export const FEED_FORMATS = ['rss', 'rdf', 'atom', 'json'] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

export const ParsedFeedSchema = z.object({
  ok: z.literal(true),
  format: z.enum(FEED_FORMATS),
  title: z.string().max(FEED_CAPS.title),
  link: httpUrl.max(FEED_CAPS.url).optional(),
  /** How often the feed says it changes (RSS ttl, or sy:updatePeriod / sy:updateFrequency); unbounded here. */
  ttlMinutes: z.number().positive().optional(),
  items: z.array(FeedItemSchema),
});
export type ParsedFeed = z.infer<typeof ParsedFeedSchema>;

export type FeedRejectionCode = 'empty' | 'too_large' | 'binary' | 'not_a_feed' | 'xml_error' | 'empty_feed';

/** An expected outcome, not an exception: `message` is one line that says what is wrong and what to do. */
export interface FeedRejection {
  readonly ok: false;
  readonly code: FeedRejectionCode;
  readonly message: string;
}

export const reject = (code: FeedRejectionCode, message: string): FeedRejection => ({ ok: false, code, message });

export interface ParseFeedOptions {
  /** Where the feed was fetched from: the base for relative links. */
  readonly url?: string;
  /** Dates more than a day after `now` are dropped (a publisher's broken clock must not pin an item on top). */
  readonly now: Date;
  /** The charset from the HTTP Content-Type, when the body is bytes: it wins over the XML declaration (RFC 7303). */
  readonly charset?: string;
  /** Larger bodies are refused before parsing (default 10 MB). */
  readonly maxBytes?: number;
  /** Items after this many are ignored (default 1,000): feeds list newest first. */
  readonly maxItems?: number;
}
