// The source poller built from an opened app. Apart from app.ts, so the feed and page parsers it pulls in
// load only in the processes that poll (the bot, `fetch`, the demo), not in `who` or `latest`.
import type { AppDeps } from './app.js';
import { createHostGate } from './sources/host-gate.js';
import { createSourcePoller, type SourcePoller } from './sources/poll-source.js';
import type { SourceAlerts } from './sources/source-alerts.port.js';

/** The poller the app's config asks for: FETCH_* through app.fetcher (chats' own sources through app.chatFetcher), SOURCES_* for the schedule. */
export function appPoller(app: AppDeps, options: { alerts?: SourceAlerts } = {}): SourcePoller {
  return createSourcePoller({
    ...(options.alerts ? { alerts: options.alerts } : {}),
    sources: app.sources,
    fetchUrl: app.fetcher.fetchUrl,
    chatFetchUrl: app.chatFetcher.fetchUrl,
    // An item another outlet already gave us is merged at ingest: no page fetch for it.
    knownLinks: async (links, scope) => (await app.articles.idsForUrls(links, scope)).map((id) => id !== undefined),
    ingestor: app.ingestor,
    gate: createHostGate(),
    clock: app.clock,
    logger: app.logger,
    policy: { baseMinutes: app.config.SOURCES_POLL_MINUTES, failingAfter: app.config.SOURCES_FAILING_AFTER },
    // Full articles for summary-only items (item-pages.ts), robots.txt honoured.
    pages: { userAgent: app.config.FETCH_USER_AGENT, enabled: app.config.FETCH_PAGES, minChars: app.config.PAGE_MIN_CHARS, budget: app.config.PAGES_PER_POLL },
  });
}
