// Polls sources: conditional GET → parse → the items not seen before → ingest → remember every item's keys →
// plan the next fetch and record health. One source's failure is a result, never an exception for the rest.
// A source's first successful fetch ingests only its FIRST_FETCH_ITEMS newest items (the rest are marked
// seen): adding a feed with 500 items of back-catalogue must not flood the next digest.
// Items whose feed text is only a summary get their web page fetched and extracted (item-pages.ts), when
// `pages` is given. Feeds themselves are not checked against robots.txt: a feed is published for machines
// to poll, and the operator or chat admin asked for it by URL; page fetches are (robots.ts).
// A chat's own source (chatId set) is fetched, feed, robots.txt and pages alike, with `chatFetchUrl` (the
// strict fetcher: CHAT_FETCH_ALLOW_PRIVATE), the operator's pool with `fetchUrl`; each has its own robots cache.
// Bounds: pollDue runs at most SOURCES_IN_FLIGHT sources at once (taking hosts in turn), every page of every
// poll shares PAGES_IN_FLIGHT slots, and a failing-source alert is waited for ALERT_WAIT_MS at most.
// A stop signal (shutdown) ends page work at once and starts no further source; see pollDue.
import type { Clock } from '../clock.js';
import type { Ingestor } from '../articles/ingest.js';
import type { Logger } from '../logger.js';
import type { SourceStore } from '../store/source-store.port.js';
import { FEED_CONTENT_TYPES } from './fetch-headers.js';
import type { FetchResult, FetchUrl } from './fetch-types.js';
import { feedItemInput, itemLink, type ItemOrigin } from './feed-item-input.js';
import { parseFeed, type FeedItem, type ParsedFeed } from './feed-parse.js';
import type { HostGate } from './host-gate.js';
import { applyPlan, planNextFetch, type FetchOutcome, type PollPolicy } from './poll-plan.js';
import { createItemPages, createPageSlots, type ItemPages, type PageSlots } from './item-pages.js';
import { createRobots } from './robots.js';
import { freshItems, itemKeys } from './seen-items.js';
import type { Source } from './source.js';
import type { SourceAlerts } from './source-alerts.port.js';
import { linkSignals } from '../util/abort.js';

export const FIRST_FETCH_ITEMS = 20;
/** Sources pollDue polls at once: bounds the memory and event-loop work of a tick with hundreds of due sources. */
export const SOURCES_IN_FLIGHT = 16;
/** How long a poll waits for a failing-source alert (a Telegram call) before going on without it. */
export const ALERT_WAIT_MS = 10_000;

export interface PollResult {
  source: Source;
  status: 'new' | 'unchanged' | 'failed';
  /** Articles stored from this fetch (items the ingestor found to be duplicates of stored ones are not counted). */
  new: number;
  /** Items that were another outlet's copy of a story already stored, so they joined it (alsoIn) instead. */
  merged: number;
  error?: string;
}

export interface PollOptions {
  /** Shutdown: ends page work at once (items keep their feed content) and stops waits for the host gate. */
  signal?: AbortSignal;
}

export interface SourcePoller {
  /** Rejects with `signal.reason` only when stopped before the feed request started (nothing is recorded then). */
  pollOne(source: Source, options?: PollOptions): Promise<PollResult>;
  /**
   * Every source due at `now`, SOURCES_IN_FLIGHT at a time, hosts in turn (the gate keeps each host polite);
   * results in due order. Once `signal` aborts no further source starts: those left out stay due.
   */
  pollDue(now: Date, options?: PollOptions): Promise<PollResult[]>;
}

export interface SourcePollerDeps {
  sources: SourceStore;
  /** The operator's pool: feeds, robots.txt and pages. */
  fetchUrl: FetchUrl;
  /** A chat's own sources (chatId set); default `fetchUrl`. The app passes its strict fetcher. */
  chatFetchUrl?: FetchUrl;
  ingestor: Ingestor;
  gate: HostGate;
  clock: Clock;
  logger: Logger;
  policy: PollPolicy;
  /** Told once per failing streak (besides the SOURCE_FAILING log line); see source-alerts.port.ts. */
  alerts?: SourceAlerts;
  /**
   * Which of these links (in this trust scope) a stored story already has (the article store's URL index): such an
   * item is only another outlet's copy, merged at ingest, so its page is not fetched. Absent: every short item's is.
   */
  knownLinks?: (links: readonly string[], scope: number | undefined) => Promise<boolean[]>;
  /** Page fetches for short items, through the source's fetcher and `gate`; absent or enabled: false, feed content only. */
  pages?: PagePolicy;
  /** Sources pollDue runs at once; default SOURCES_IN_FLIGHT. */
  sourcesInFlight?: number;
  /** How long to wait for `alerts.failing`; default ALERT_WAIT_MS. */
  alertWaitMs?: number;
}

/** FETCH_PAGES, PAGE_MIN_CHARS, PAGES_PER_POLL; defaults in item-page-choice.ts and item-pages.ts. */
export interface PagePolicy {
  enabled?: boolean;
  /** Matched against robots.txt groups by its product token. */
  userAgent: string;
  minChars?: number;
  budget?: number;
  concurrency?: number;
  /** Pages at once across every poll of this poller (item-pages.ts PAGES_IN_FLIGHT). */
  inFlight?: number;
  /** All of one poll's page fetches together (item-pages.ts PAGE_DEADLINE_MS). */
  deadlineMs?: number;
  /** How long one origin's robots.txt is trusted (robots.ts caps it at 24 h); default 24 h. */
  robotsTtlMs?: number;
}

const ROBOTS_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * The page side of a poller for one fetcher: robots.txt and the pages themselves both go through it and the
 * poller's gate. Its own robots cache: a robots.txt the lenient fetcher read must not decide for the strict one.
 */
function itemPages(deps: SourcePollerDeps, policy: PagePolicy, fetchUrl: FetchUrl, slots: PageSlots): ItemPages {
  const { gate, clock, logger } = deps;
  const gated: FetchUrl = (url, request) => gate.run(new URL(url).host, () => fetchUrl(url, request));
  const robots = createRobots({ fetchUrl: gated, userAgent: policy.userAgent, now: () => clock.now(), ttlMs: policy.robotsTtlMs ?? ROBOTS_TTL_MS });
  const { enabled: _enabled, userAgent: _userAgent, robotsTtlMs: _ttl, inFlight: _inFlight, ...knobs } = policy;
  return createItemPages({ ...knobs, fetchUrl, gate, robots, logger, slots, now: () => clock.now() });
}

/** The poller's page sides, by the fetcher a source uses; undefined when page fetching is off. */
function pageSides(deps: SourcePollerDeps): { pool: ItemPages; chat: ItemPages } | undefined {
  const policy = deps.pages;
  if (!policy || policy.enabled === false) return undefined;
  const slots = createPageSlots(policy.inFlight);
  const pool = itemPages(deps, policy, deps.fetchUrl, slots);
  const chat = deps.chatFetchUrl && deps.chatFetchUrl !== deps.fetchUrl ? itemPages(deps, policy, deps.chatFetchUrl, slots) : pool;
  return { pool, chat };
}

/** The due sources, hosts taken in turn (each host's own order kept), so the slots spread over many hosts. */
function hostsInTurn(due: readonly Source[]): number[] {
  const byHost = new Map<string, number[]>();
  due.forEach((source, i) => {
    const host = new URL(source.feedUrl).host;
    const queue = byHost.get(host);
    if (queue) queue.push(i);
    else byHost.set(host, [i]);
  });
  const queues = [...byHost.values()];
  const order: number[] = [];
  for (let turn = 0; order.length < due.length; turn += 1) for (const q of queues) if (turn < q.length) order.push(q[turn]!);
  return order;
}

const keysOf = (item: FeedItem): string[] => itemKeys({ guid: item.guid, link: itemLink(item) });
const charsetOf = (contentType: string): string | undefined => /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1];
const newestFirst = (items: FeedItem[]): FeedItem[] =>
  items.every((i) => i.publishedAt) ? [...items].sort((a, b) => Date.parse(b.publishedAt!) - Date.parse(a.publishedAt!)) : items;

export function createSourcePoller(deps: SourcePollerDeps): SourcePoller {
  const { sources, ingestor, clock, logger, policy } = deps;
  const sides = pageSides(deps);
  const isChat = (source: Source) => source.chatId !== undefined;
  const fetcherFor = (source: Source): FetchUrl => (isChat(source) ? deps.chatFetchUrl ?? deps.fetchUrl : deps.fetchUrl);
  const alertWaitMs = deps.alertWaitMs ?? ALERT_WAIT_MS;

  /** Page fetches for the items whose link no stored story has yet; the rest keep their feed text (in feed order). */
  const withPages = async (pages: ItemPages, items: FeedItem[], origin: ItemOrigin, scope: number | undefined, signal: AbortSignal | undefined) => {
    const links = items.map((item) => itemLink(item));
    const asked = links.flatMap((link) => (link ? [link] : []));
    const known = deps.knownLinks && asked.length > 0 ? await deps.knownLinks(asked, scope) : [];
    const knownSet = new Set(asked.filter((_, i) => known[i]));
    const fetchFor = items.filter((_, i) => !knownSet.has(links[i] ?? ''));
    const fetched = await pages.inputs(fetchFor, origin, signal ? { signal } : {});
    let next = 0;
    return items.map((item, i) => (knownSet.has(links[i] ?? '') ? feedItemInput(item, origin) : fetched[next++]!));
  };

  /** Ingests the unseen items of a parsed feed and marks every item's keys; returns how many were stored. */
  const takeItems = async (source: Source, feed: ParsedFeed, signal: AbortSignal | undefined): Promise<{ fresh: number; stored: number; merged: number }> => {
    const all = feed.items.flatMap(keysOf);
    const unseen = new Set(await sources.unseen(source.id, all));
    let fresh = freshItems(feed.items, keysOf, (key) => !unseen.has(key));
    if (source.health.lastFetchedAt === undefined && source.etag === undefined) fresh = newestFirst(fresh).slice(0, FIRST_FETCH_ITEMS);
    const origin = { feedTitle: feed.title || source.title, feedUrl: source.feedUrl, sourceId: source.id, ...(source.chatId === undefined ? {} : { chatId: source.chatId }) };
    const pages = sides && (isChat(source) ? sides.chat : sides.pool);
    const inputs = pages ? await withPages(pages, fresh, origin, source.chatId, signal) : fresh.map((item) => feedItemInput(item, origin));
    const results = inputs.length > 0 ? await ingestor.ingest(inputs) : [];
    for (const r of results) if (r.status === 'failed') logger.debug({ code: 'SOURCE_ITEM_REFUSED', source: source.id, item: r.name, reason: r.error.message }, 'feed item not stored');
    await sources.markSeen(source.id, all);
    return { fresh: fresh.length, stored: results.filter((r) => r.status === 'stored').length, merged: results.filter((r) => r.status === 'duplicate' && r.merged).length };
  };

  /** The fetch's outcome for the plan, the validators to keep, and the count stored. */
  const settle = async (source: Source, fetched: FetchResult, signal: AbortSignal | undefined) => {
    if (!fetched.ok) return { outcome: { kind: 'failed', error: fetched.message, ...(fetched.status ? { httpStatus: fetched.status } : {}), ...(fetched.retryAfterMs ? { retryAfterMs: fetched.retryAfterMs } : {}) } satisfies FetchOutcome, stored: 0, merged: 0 };
    if (fetched.status === 304) return { outcome: { kind: 'unchanged', httpStatus: 304 } satisfies FetchOutcome, stored: 0, merged: 0 };
    const charset = charsetOf(fetched.contentType);
    const feed = parseFeed(fetched.body, { url: fetched.url, now: clock.now(), ...(charset ? { charset } : {}) });
    if (!feed.ok) return { outcome: { kind: 'failed', error: feed.message, httpStatus: 200 } satisfies FetchOutcome, stored: 0, merged: 0 };
    const { fresh, stored, merged } = await takeItems(source, feed, signal);
    const ttlMinutes = feed.ttlMinutes ?? null;
    const outcome: FetchOutcome = { kind: fresh > 0 ? 'new' : 'unchanged', httpStatus: 200, ttlMinutes };
    return { outcome, stored, merged, validators: { etag: fetched.etag, lastModified: fetched.lastModified }, title: feed.title };
  };

  /**
   * Tells `alerts` without letting it hold the poll: waits alertWaitMs at most (or until stopped); a slower
   * alert goes on in the background, logged, with its own catch.
   */
  const alert = async (source: Source, message: string, signal: AbortSignal | undefined) => {
    const alerts = deps.alerts;
    if (!alerts) return;
    const sending = Promise.resolve().then(() => alerts.failing(source, message)).catch((error: unknown) => {
      logger.warn({ code: 'SOURCE_ALERT_FAILED', source: source.id, err: error }, 'failing-source alert threw');
    });
    const wait = linkSignals([signal], alertWaitMs);
    try {
      const done = await Promise.race([sending.then(() => true), new Promise<false>((resolve) => wait.signal.addEventListener('abort', () => resolve(false), { once: true }))]);
      if (!done) {
        const why = wait.timedOut() ? { waitedMs: alertWaitMs } : { stopping: true };
        logger.warn({ code: 'SOURCE_ALERT_SLOW', source: source.id, ...why }, 'failing-source alert not delivered yet; the poll goes on, the alert keeps trying in the background');
      }
    } finally {
      wait.dispose();
    }
  };

  const pollOne = async (source: Source, options: PollOptions = {}): Promise<PollResult> => {
    const { signal } = options;
    const host = new URL(source.feedUrl).host;
    const fetchUrl = fetcherFor(source);
    const request = { accept: FEED_CONTENT_TYPES, ...(source.etag ? { etag: source.etag } : {}), ...(source.lastModified ? { lastModified: source.lastModified } : {}) };
    // The stop signal ends the wait for the gate, not a feed request under way (FETCH_TIMEOUT_MS bounds that):
    // an aborted feed fetch would count as the source's failure.
    const fetched = await deps.gate.run(host, () => fetchUrl(source.feedUrl, request), signal ? { signal } : {});
    const { outcome, stored, merged, validators, title } = await settle(source, fetched, signal);
    const plan = planNextFetch(source, outcome, clock.now(), policy);
    if (plan.alert) logger.warn({ code: 'SOURCE_FAILING', source: source.id, to: plan.alert.to }, plan.alert.message);
    const updated = await sources.update(source.id, (current) => {
      const next = applyPlan(current, plan);
      if (!validators) return next;
      const { etag: _e, lastModified: _l, ...rest } = next;
      return { ...rest, ...(validators.etag ? { etag: validators.etag } : {}), ...(validators.lastModified ? { lastModified: validators.lastModified } : {}), ...(current.title || !title ? {} : { title: title.slice(0, 300) }) };
    });
    const result: PollResult = { source: updated ?? applyPlan(source, plan), status: outcome.kind, new: stored, merged };
    if (plan.alert) await alert(result.source, plan.alert.message, signal);
    return outcome.kind === 'failed' ? { ...result, error: outcome.error } : result;
  };

  return {
    pollOne,
    async pollDue(now, options = {}) {
      const { signal } = options;
      const due = await sources.due(now);
      const order = hostsInTurn(due);
      const results: (PollResult | undefined)[] = new Array<PollResult | undefined>(due.length);
      let next = 0;
      const worker = async () => {
        while (next < order.length && !signal?.aborted) {
          const i = order[next++]!;
          try {
            results[i] = await pollOne(due[i]!, options);
          } catch (error) {
            // Stopped while waiting for its host: not polled, still due. Anything else is a real fault.
            if (!signal?.aborted) throw error;
          }
        }
      };
      const width = Math.min(Math.max(1, deps.sourcesInFlight ?? SOURCES_IN_FLIGHT), order.length);
      await Promise.all(Array.from({ length: width }, worker));
      return results.filter((r): r is PollResult => r !== undefined);
    },
  };
}
