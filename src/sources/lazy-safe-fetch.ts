// The SSRF-guarded fetcher, loaded on its first request: undici and the guard behind it are only paid for by
// a process that fetches (the bot, `fetch`, `sources add`), not by `who` or `latest`.
import type { FetchUrl, SafeFetch, SafeFetchOptions } from './fetch-types.js';

export function createLazySafeFetch(options: SafeFetchOptions): SafeFetch {
  let loaded: Promise<SafeFetch> | undefined;
  const load = () => (loaded ??= import('./safe-fetch.js').then(({ createSafeFetch }) => createSafeFetch(options)));
  const fetchUrl: FetchUrl = async (url, request) => (await load()).fetchUrl(url, request);
  return {
    fetchUrl,
    // Never loads it just to close it.
    close: async () => {
      if (loaded) await (await loaded).close();
    },
  };
}
