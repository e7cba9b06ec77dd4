// Full articles for feed items that carry only a summary: the ingest inputs of one poll's fresh items, with
// the web page fetched and extracted for the short ones (item-page-choice.ts decides which, and what wins).
//   bounded    at most `budget` pages per poll (PAGES_PER_POLL), newest first, `concurrency` at a time within
//              the poll, and at most PAGES_IN_FLIGHT pages (fetch + extraction) at once across the whole
//              poller (`slots`, shared by every poll), so a tick polling many sources never holds dozens of
//              page bodies and DOMs together. Every fetch goes through the poller's host gate (≤ 2 in flight
//              per host, a minimum gap) and the guarded fetcher (its timeout, size caps, SSRF rules),
//              accepting HTML only.
//   deadline   all of one poll's pages share a deadline (PAGE_DEADLINE_MS), and the caller's stop signal
//              (shutdown) ends them the same way: fetches in flight are aborted, and waits for robots.txt, for
//              a page slot or for the host gate end, and the rest are skipped. So a slow site delays its
//              source's poll, and a shutdown waiting on it, by at most that deadline (plus one extraction).
//   robots     each page URL is checked against its origin's robots.txt first (robots.ts); when the fetch was
//              redirected (final URL ≠ link), the final URL is checked too, same origin or not, and the page
//              dropped if disallowed. The fetcher follows redirects itself, so an intermediate hop is not
//              checked and the disallowed final page has been requested once; it is never extracted or kept.
//   fallback   a disallowed page, a failed fetch, a refusal by extractPage (consent wall, paywall stub, too
//              little prose: its code), or a page shorter than the feed's text keeps the feed's content.
//              Each is logged at debug (SOURCE_PAGE_*); none ever fails the poll.
import { parseDateString } from '../articles/dates.js';
import type { IngestInput } from '../articles/ingest.js';
import type { Logger } from '../logger.js';
import { extractPage } from './extract-page.js';
import { PAGE_CONTENT_TYPES } from './fetch-headers.js';
import type { FetchUrl } from './fetch-types.js';
import { articleInput, feedArticle, type ItemOrigin } from './feed-item-input.js';
import type { FeedItem } from './feed-types.js';
import type { HostGate } from './host-gate.js';
import { PAGE_MIN_CHARS, PAGES_PER_POLL, needsDateOrigin, pageCandidates, wantsPage, withPage, type ItemArticle, type PageFacts } from './item-page-choice.js';
import { parsePage } from './page-dom.js';
import { pageMetadata } from './page-metadata.js';
import type { Robots } from './robots.js';
import { linkSignals } from '../util/abort.js';

/** Pages fetched at once within one poll; the host gate still holds each host to its 2. */
export const PAGE_CONCURRENCY = 4;
/** Pages (fetch, decode, extraction) at once across all of a poller's polls together: bounds memory and CPU bursts. */
export const PAGES_IN_FLIGHT = 4;
/** The time all of one poll's page fetches may take together (two default fetch timeouts). */
export const PAGE_DEADLINE_MS = 30_000;

/** A counting semaphore for page work, shared by every poll of one poller (PAGES_IN_FLIGHT). */
export interface PageSlots {
  /** Waits for a free slot; its release function, or undefined if `signal` aborted first. */
  take(signal: AbortSignal): Promise<(() => void) | undefined>;
}

export function createPageSlots(limit: number = PAGES_IN_FLIGHT): PageSlots {
  const max = Math.max(1, limit);
  let busy = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    // The slot passes straight to the next waiter (busy unchanged), so no newcomer can jump the queue.
    if (next) next();
    else busy -= 1;
  };
  return {
    async take(signal) {
      if (signal.aborted) return undefined;
      if (busy < max) {
        busy += 1;
        return once(release);
      }
      return new Promise((resolve) => {
        const granted = () => {
          signal.removeEventListener('abort', gaveUp);
          resolve(once(release));
        };
        const gaveUp = () => {
          const at = waiting.indexOf(granted);
          if (at >= 0) waiting.splice(at, 1);
          resolve(undefined);
        };
        waiting.push(granted);
        signal.addEventListener('abort', gaveUp, { once: true });
      });
    },
  };
}

/** A release that frees its slot only the first time it is called. */
const once = (fn: () => void) => {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    fn();
  };
};

/** `promise`'s value, or undefined as soon as `signal` aborts (the promise itself keeps running). */
async function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T | undefined> {
  if (signal.aborted) return undefined;
  let listener = () => {};
  const aborted = new Promise<undefined>((resolve) => signal.addEventListener('abort', (listener = () => resolve(undefined)), { once: true }));
  try {
    return await Promise.race([promise, aborted]);
  } finally {
    signal.removeEventListener('abort', listener);
  }
}

const sameUrl = (a: string, b: string): boolean => {
  try {
    return new URL(a).href === new URL(b).href;
  } catch {
    return a === b;
  }
};

export interface ItemPagesDeps {
  fetchUrl: FetchUrl;
  gate: HostGate;
  robots: Robots;
  logger: Logger;
  now: () => Date;
  minChars?: number;
  budget?: number;
  concurrency?: number;
  deadlineMs?: number;
  /** Shared with the poller's other ItemPages (pool and chat fetchers); default: this instance's own. */
  slots?: PageSlots;
}

export interface ItemPages {
  /**
   * One ingest input per item, in order; never throws for a page. `signal` (a shutdown) ends the page work
   * early, as the deadline does: the items not done keep their feed content.
   */
  inputs(items: readonly FeedItem[], origin: ItemOrigin, options?: { signal?: AbortSignal }): Promise<IngestInput[]>;
}

interface FetchedPage {
  facts: PageFacts;
  html: string;
  url: string;
}

const charsetOf = (contentType: string): string | undefined => /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1];

/** The page's text: the header's charset, else a <meta charset> in the first 1024 bytes, else UTF-8. */
export function decodeHtml(body: Uint8Array, contentType: string): string {
  const sniffed = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(new TextDecoder('latin1').decode(body.subarray(0, 1024)))?.[1];
  for (const label of [charsetOf(contentType), sniffed]) {
    if (!label) continue;
    try {
      return new TextDecoder(label).decode(body);
    } catch {
      // An unknown label: try the next, then UTF-8.
    }
  }
  return new TextDecoder().decode(body);
}

/** Runs `task` on every value, at most `limit` at a time. */
async function eachLimited<T>(values: readonly T[], limit: number, task: (value: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < values.length) await task(values[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), values.length) }, worker));
}

export function createItemPages(deps: ItemPagesDeps): ItemPages {
  const { logger } = deps;
  const minChars = deps.minChars ?? PAGE_MIN_CHARS;
  const budget = deps.budget ?? PAGES_PER_POLL;
  const slots = deps.slots ?? createPageSlots();
  const skip = (code: string, source: string, url: string, reason: string): undefined => {
    logger.debug({ code, source, url, reason }, 'feed content kept: no article from the page');
    return undefined;
  };

  const fetchPage = async (link: string, source: string, signal: AbortSignal, cut: () => string): Promise<FetchedPage | undefined> => {
    // robots.txt is shared by every page of its origin, so its fetch isn't aborted; only this wait is.
    const allowed = await unlessAborted(deps.robots.allowed(link), signal);
    if (allowed === undefined) return skip('SOURCE_PAGE_SKIPPED', source, link, cut());
    if (!allowed) return skip('SOURCE_PAGE_ROBOTS', source, link, 'robots.txt disallows it');
    let fetched;
    try {
      fetched = await deps.gate.run(new URL(link).host, () => deps.fetchUrl(link, { accept: PAGE_CONTENT_TYPES, signal }), { signal });
    } catch (error) {
      if (signal.aborted) return skip('SOURCE_PAGE_SKIPPED', source, link, cut());
      throw error;
    }
    if (!fetched.ok && fetched.code === 'FETCH_ABORTED') return skip('SOURCE_PAGE_SKIPPED', source, link, cut());
    if (!fetched.ok) return skip('SOURCE_PAGE_FAILED', source, link, `${fetched.code}: ${fetched.message}`);
    if (fetched.status !== 200) return skip('SOURCE_PAGE_FAILED', source, link, `HTTP ${fetched.status}`);
    if (!sameUrl(fetched.url, link)) {
      const target = await unlessAborted(deps.robots.allowed(fetched.url), signal);
      if (target === undefined) return skip('SOURCE_PAGE_SKIPPED', source, fetched.url, cut());
      if (!target) return skip('SOURCE_PAGE_ROBOTS', source, fetched.url, 'robots.txt disallows the page the link redirects to');
    }
    const html = decodeHtml(fetched.body, fetched.contentType);
    const outcome = extractPage(html, { url: fetched.url, now: deps.now() });
    if (!outcome.ok) return skip('SOURCE_PAGE_REFUSED', source, fetched.url, outcome.code);
    return { facts: outcome.article, html, url: fetched.url };
  };

  /** The item's article with its page's, or the feed's when the page gives nothing better. */
  const articleFor = async (link: string, feed: ItemArticle, source: string, signal: AbortSignal, cut: () => string): Promise<ItemArticle> => {
    const release = await slots.take(signal);
    if (!release) {
      skip('SOURCE_PAGE_SKIPPED', source, link, cut());
      return feed;
    }
    try {
      let page: FetchedPage | undefined;
      try {
        page = await fetchPage(link, source, signal, cut);
      } catch (error) {
        // A bug or an unexpected throw for one page never fails the poll.
        skip('SOURCE_PAGE_FAILED', source, link, error instanceof Error ? error.message : String(error));
      }
      if (!page) return feed;
      // Rare (the dates differ): a second parse tells a date the page declares from one the cleaner read in its text.
      const declared = needsDateOrigin(feed, page.facts) && isDeclaredDate(page.html, page.url);
      const merged = withPage(feed, page.facts, declared, { link, fetchedUrl: page.url });
      if (!merged) skip('SOURCE_PAGE_SHORTER', source, link, 'the page has no more text than the feed');
      return merged ?? feed;
    } finally {
      release();
    }
  };

  return {
    async inputs(items, origin, options = {}) {
      const articles = items.map((item) => feedArticle(item, origin));
      const wants = articles.map((a, i) => ({ wants: wantsPage(a, items[i]!.link, minChars), publishedAt: a.publishedAt }));
      const chosen = pageCandidates(wants, budget);
      if (chosen.length === 0) return articles.map((article, i) => articleInput(article, items[i]!, origin));
      // linkSignals aborts with the default AbortError reason: the fetcher reports that as FETCH_ABORTED (a
      // TimeoutError reason, as AbortSignal.timeout gives, would read as a network failure).
      const deadline = linkSignals([options.signal], deps.deadlineMs ?? PAGE_DEADLINE_MS);
      const cut = () => (deadline.timedOut() ? 'the poll’s page deadline passed' : 'the poll was stopped (shutdown)');
      try {
        await eachLimited(chosen, deps.concurrency ?? PAGE_CONCURRENCY, async (i) => {
          articles[i] = await articleFor(items[i]!.link!, articles[i]!, origin.sourceId, deadline.signal, cut);
        });
      } finally {
        deadline.dispose();
      }
      return articles.map((article, i) => articleInput(article, items[i]!, origin));
    },
  };
}

/** Whether the page's metadata declares a readable publication date (extract-page.ts reads the same fields). */
function isDeclaredDate(html: string, url: string): boolean {
  const published = pageMetadata(parsePage(html), url).published;
  return published !== undefined && parseDateString(published) !== undefined;
}
