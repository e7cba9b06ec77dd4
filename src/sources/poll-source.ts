// Polls sources: conditional GET → parse → the items not seen before → ingest → remember every item's keys →
// plan the next fetch and record health. One source's failure is a result, never an exception for the rest.
// A source's first successful fetch ingests only its FIRST_FETCH_ITEMS newest items (the rest are marked
// seen): adding a feed with 500 items of back-catalogue must not flood the next digest.
import type { Clock } from '../clock.js';
import type { Ingestor } from '../articles/ingest.js';
import type { Logger } from '../logger.js';
import type { SourceStore } from '../store/source-store.port.js';
import { FEED_CONTENT_TYPES } from './fetch-headers.js';
import type { FetchResult, FetchUrl } from './fetch-types.js';
import { feedItemInput, itemLink } from './feed-item-input.js';
import { parseFeed, type FeedItem, type ParsedFeed } from './feed-parse.js';
import type { HostGate } from './host-gate.js';
import { applyPlan, planNextFetch, type FetchOutcome, type PollPolicy } from './poll-plan.js';
import { freshItems, itemKeys } from './seen-items.js';
import type { Source } from './source.js';

export const FIRST_FETCH_ITEMS = 20;

export interface PollResult {
  source: Source;
  status: 'new' | 'unchanged' | 'failed';
  /** Articles stored from this fetch (items the ingestor found to be duplicates of stored ones are not counted). */
  new: number;
  error?: string;
}

export interface SourcePoller {
  pollOne(source: Source): Promise<PollResult>;
  /** Every source due at `now`, hosts in parallel (the gate keeps each host polite). */
  pollDue(now: Date): Promise<PollResult[]>;
}

export interface SourcePollerDeps {
  sources: SourceStore;
  fetchUrl: FetchUrl;
  ingestor: Ingestor;
  gate: HostGate;
  clock: Clock;
  logger: Logger;
  policy: PollPolicy;
}

const keysOf = (item: FeedItem): string[] => itemKeys({ guid: item.guid, link: itemLink(item) });
const charsetOf = (contentType: string): string | undefined => /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1];
const newestFirst = (items: FeedItem[]): FeedItem[] =>
  items.every((i) => i.publishedAt) ? [...items].sort((a, b) => Date.parse(b.publishedAt!) - Date.parse(a.publishedAt!)) : items;

export function createSourcePoller(deps: SourcePollerDeps): SourcePoller {
  const { sources, ingestor, clock, logger, policy } = deps;

  /** Ingests the unseen items of a parsed feed and marks every item's keys; returns how many were stored. */
  const takeItems = async (source: Source, feed: ParsedFeed): Promise<{ fresh: number; stored: number }> => {
    const all = feed.items.flatMap(keysOf);
    const unseen = new Set(await sources.unseen(source.id, all));
    let fresh = freshItems(feed.items, keysOf, (key) => !unseen.has(key));
    if (source.health.lastFetchedAt === undefined && source.etag === undefined) fresh = newestFirst(fresh).slice(0, FIRST_FETCH_ITEMS);
    const origin = { feedTitle: feed.title || source.title, feedUrl: source.feedUrl };
    const results = fresh.length > 0 ? await ingestor.ingest(fresh.map((item) => feedItemInput(item, origin))) : [];
    for (const r of results) if (r.status === 'failed') logger.debug({ code: 'SOURCE_ITEM_REFUSED', source: source.id, item: r.name, reason: r.error.message }, 'feed item not stored');
    await sources.markSeen(source.id, all);
    return { fresh: fresh.length, stored: results.filter((r) => r.status === 'stored').length };
  };

  /** The fetch's outcome for the plan, the validators to keep, and the count stored. */
  const settle = async (source: Source, fetched: FetchResult) => {
    if (!fetched.ok) return { outcome: { kind: 'failed', error: fetched.message, ...(fetched.status ? { httpStatus: fetched.status } : {}), ...(fetched.retryAfterMs ? { retryAfterMs: fetched.retryAfterMs } : {}) } satisfies FetchOutcome, stored: 0 };
    if (fetched.status === 304) return { outcome: { kind: 'unchanged', httpStatus: 304 } satisfies FetchOutcome, stored: 0 };
    const charset = charsetOf(fetched.contentType);
    const feed = parseFeed(fetched.body, { url: fetched.url, now: clock.now(), ...(charset ? { charset } : {}) });
    if (!feed.ok) return { outcome: { kind: 'failed', error: feed.message, httpStatus: 200 } satisfies FetchOutcome, stored: 0 };
    const { fresh, stored } = await takeItems(source, feed);
    const ttlMinutes = feed.ttlMinutes ?? null;
    const outcome: FetchOutcome = { kind: fresh > 0 ? 'new' : 'unchanged', httpStatus: 200, ttlMinutes };
    return { outcome, stored, validators: { etag: fetched.etag, lastModified: fetched.lastModified }, title: feed.title };
  };

  const pollOne = async (source: Source): Promise<PollResult> => {
    const host = new URL(source.feedUrl).host;
    const request = { accept: FEED_CONTENT_TYPES, ...(source.etag ? { etag: source.etag } : {}), ...(source.lastModified ? { lastModified: source.lastModified } : {}) };
    const fetched = await deps.gate.run(host, () => deps.fetchUrl(source.feedUrl, request));
    const { outcome, stored, validators, title } = await settle(source, fetched);
    const plan = planNextFetch(source, outcome, clock.now(), policy);
    if (plan.alert) logger.warn({ code: 'SOURCE_FAILING', source: source.id, to: plan.alert.to }, plan.alert.message);
    const updated = await sources.update(source.id, (current) => {
      const next = applyPlan(current, plan);
      if (!validators) return next;
      const { etag: _e, lastModified: _l, ...rest } = next;
      return { ...rest, ...(validators.etag ? { etag: validators.etag } : {}), ...(validators.lastModified ? { lastModified: validators.lastModified } : {}), ...(current.title || !title ? {} : { title: title.slice(0, 300) }) };
    });
    const result: PollResult = { source: updated ?? applyPlan(source, plan), status: outcome.kind, new: stored };
    return outcome.kind === 'failed' ? { ...result, error: outcome.error } : result;
  };

  return {
    pollOne,
    async pollDue(now) {
      const due = await sources.due(now);
      return Promise.all(due.map((source) => pollOne(source)));
    },
  };
}
