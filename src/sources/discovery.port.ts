// What a URL someone adds as a source turns out to be (poll-discover.ts finds out, over the guarded fetcher):
// the feed to poll, or a one-line reason it has none. A port so chat handlers can take it as a dependency.

export type Discovery =
  | { ok: true; url: string; feedUrl: string; title?: string; items: number }
  | { ok: false; code: 'NOT_FETCHED' | 'NO_FEED'; message: string };

/** Fetches `url` (once, twice when autodiscovered) and finds the feed to poll for it. */
export type DiscoverFeed = (url: string, now: Date) => Promise<Discovery>;
