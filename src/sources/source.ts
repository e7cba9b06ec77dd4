// A source the bot fetches news from: a feed (RSS, Atom, JSON Feed) or a page watched for its feed.
// Data shapes only (zod) plus the id rule, so the pure core (the polling plan) may import it.
//   url       what the user added (a page URL when the feed was found by autodiscovery)
//   feedUrl   what is fetched: the feed, or for kind 'page' the page itself (no feed was found)
//   chatId    undefined = the operator's pool; a number = that chat's own source
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { isoDateTime } from '../articles/record.js';

const httpUrl = z.url({ protocol: /^https?$/ }).max(2048);

export const sourceStatusSchema = z.enum(['new', 'unchanged', 'failed']);
export type SourceStatus = z.infer<typeof sourceStatusSchema>;

export const sourceHealthSchema = z.object({
  /** When the last fetch was attempted (whatever its outcome). */
  lastFetchedAt: isoDateTime.optional(),
  lastStatus: sourceStatusSchema.optional(),
  lastHttpStatus: z.number().int().min(100).max(599).optional(),
  consecutiveFailures: z.number().int().nonnegative().default(0),
  /** One line, what went wrong and what to do; cleared by the next success. */
  lastError: z.string().max(500).optional(),
  /** Set when the streak of failures reaches the threshold: present ⇔ the source is marked failing. */
  failingSince: isoDateTime.optional(),
  /** When this streak's alert was raised (once per streak; cleared by the next success). */
  alertedAt: isoDateTime.optional(),
});
export type SourceHealth = z.infer<typeof sourceHealthSchema>;

export const sourceSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{10}$/),
  url: httpUrl,
  feedUrl: httpUrl,
  kind: z.enum(['feed', 'page']),
  title: z.string().max(300).optional(),
  chatId: z.number().int().optional(),
  /**
   * The ids it had before its chat moved (a group that became a supergroup: ids hash the chat id). Articles stored
   * under them (record.fromSources) still count for its digest.
   */
  formerIds: z.array(z.string().regex(/^[0-9a-f]{10}$/)).max(20).optional(),
  /** The Telegram user who added it from a chat; undefined for the operator's CLI. */
  addedBy: z.number().int().optional(),
  addedAt: isoDateTime,
  /** Validators from the last 200, sent back as If-None-Match / If-Modified-Since. */
  etag: z.string().max(1000).optional(),
  lastModified: z.string().max(200).optional(),
  /** What the feed declares (ttl, sy:updatePeriod), in minutes, as last seen; the plan bounds it. */
  ttlMinutes: z.number().int().positive().max(525_600).optional(),
  health: sourceHealthSchema.default({ consecutiveFailures: 0 }),
  nextFetchAt: isoDateTime,
});
export type Source = z.infer<typeof sourceSchema>;

/** The URL a feed is known by: fragment dropped, scheme and host lowercased, default port dropped (by URL). */
export function canonicalFeedUrl(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

/**
 * A short stable id: the first 10 hex digits of sha256 over the canonical feed URL, and for a chat's own
 * source the chat id too, so two chats adding one feed own separate records (one removing it leaves the other's).
 * @example sourceId('https://Example.com/feed#x') === sourceId('https://example.com/feed')
 */
export function sourceId(feedUrl: string, chatId?: number): string {
  const scope = chatId === undefined ? 'pool' : `chat:${chatId}`;
  return createHash('sha256').update(`${scope} ${canonicalFeedUrl(feedUrl)}`).digest('hex').slice(0, 10);
}

export interface NewSource {
  url: string;
  feedUrl: string;
  kind: 'feed' | 'page';
  title?: string;
  chatId?: number;
  addedBy?: number;
}

/** A validated record for a source added now: due at once, no health yet. Throws a ZodError on a bad URL. */
export function newSource(input: NewSource, now: Date): Source {
  const at = now.toISOString();
  return sourceSchema.parse({
    ...input,
    id: sourceId(input.feedUrl, input.chatId),
    addedAt: at,
    health: { consecutiveFailures: 0 },
    nextFetchAt: at,
  });
}

/** How a source is named in lists and alerts. */
export const sourceLabel = (source: Pick<Source, 'title' | 'feedUrl'>): string => source.title ?? source.feedUrl;
