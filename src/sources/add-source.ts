// Adding a source someone names by URL, for the operator's pool or a chat's own list: the cheap refusals first
// (not an http(s) URL, already there, list full), then one check over a guarded fetcher (a feed, or a page that
// links one), then the record. A chat's add goes through the chats' fetcher (CHAT_FETCH_ALLOW_PRIVATE), the
// pool's through the operator's (FETCH_ALLOW_PRIVATE). Every outcome but success is a code and one line a person can act on.
import type { DiscoverFeed } from './discovery.port.js';
import { newSource, type Source } from './source.js';
import type { SourceStore } from '../store/source-store.port.js';

export interface AddSourceDeps {
  sources: SourceStore;
  /** Finds the feed for a chat's own source: the chat fetcher (CHAT_FETCH_ALLOW_PRIVATE), never the operator's. */
  discoverFeed: DiscoverFeed;
  /** For the operator's pool (FETCH_ALLOW_PRIVATE); without it the pool uses `discoverFeed` too (the stricter way round). */
  discoverPoolFeed?: DiscoverFeed;
}

export interface AddSourceRequest {
  url: string;
  /** undefined = the operator's pool. */
  chatId?: number;
  /** The Telegram user adding it (alerts about it go to them). */
  addedBy?: number;
  /** The most sources this owner may have; no limit when undefined. */
  limit?: number;
  now: Date;
}

export type AddSourceOutcome =
  | { ok: true; source: Source; /** Items in the feed now. */ items: number }
  | { ok: false; code: 'BAD_URL' | 'TOO_MANY' | 'NOT_FETCHED' | 'NO_FEED'; message: string }
  | { ok: false; code: 'SOURCE_EXISTS'; message: string; source: Source };

const MAX_URL_LENGTH = 2048;
const TITLE_MAX = 300;

/** An absolute http(s) URL short enough to store; anything else gets a one-line reason. */
export function checkSourceUrl(url: string): string | undefined {
  if (url.length > MAX_URL_LENGTH) return `that URL is over ${MAX_URL_LENGTH} characters`;
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) return 'give a full http:// or https:// address, e.g. https://example.org/feed.xml';
  return undefined;
}

/** Checks `url` (fetching it once, twice when the feed is found on a page) and stores it for its owner. */
export async function addSource(deps: AddSourceDeps, request: AddSourceRequest): Promise<AddSourceOutcome> {
  const { url, chatId, now } = request;
  const bad = checkSourceUrl(url);
  if (bad) return { ok: false, code: 'BAD_URL', message: bad };
  const owner = { chatId: chatId ?? ('pool' as const) };
  const known = await deps.sources.getByUrl(url, owner);
  if (known) return exists(known);
  // Counted before the fetch: a full list costs no request. Two adds at once may pass it together (one over).
  if (request.limit !== undefined && (await deps.sources.list(owner)).length >= request.limit) {
    return { ok: false, code: 'TOO_MANY', message: `the limit is ${request.limit} sources; remove one first` };
  }
  const discover = chatId === undefined ? (deps.discoverPoolFeed ?? deps.discoverFeed) : deps.discoverFeed;
  const found = await discover(url, now);
  if (!found.ok) return { ok: false, code: found.code, message: firstLine(found.message) };
  // Where the fetch ended up (redirects, an autodiscovered link) was never checked as a source URL: a link
  // of 3,000 characters, or to a non-http(s) scheme, is refused here rather than thrown by newSource.
  const unusable = checkSourceUrl(found.url) ?? checkSourceUrl(found.feedUrl);
  if (unusable) return { ok: false, code: 'NO_FEED', message: `no usable feed at ${url.slice(0, 200)}: the feed address it leads to (by redirect or a feed link) can't be stored: ${unusable}` };
  const title = found.title?.trim().slice(0, TITLE_MAX);
  const source = newSource(
    {
      url: found.url,
      feedUrl: found.feedUrl,
      kind: 'feed',
      ...(title ? { title } : {}),
      ...(chatId === undefined ? {} : { chatId }),
      ...(request.addedBy === undefined ? {} : { addedBy: request.addedBy }),
    },
    now,
  );
  const added = await deps.sources.add(source);
  if (!added.ok) return exists(added.source);
  return { ok: true, source: added.source, items: found.items };
}

const exists = (source: Source): AddSourceOutcome => ({ ok: false, code: 'SOURCE_EXISTS', message: `${source.feedUrl} is already a source (id ${source.id})`, source });

/** Fetch and parse errors are one line already; this keeps them so whatever they quote. */
const firstLine = (text: string): string => (text.split('\n')[0] ?? '').slice(0, 400);
