// Which articles a briefing covers: those that reached the digest's source set (source-set.ts: a chat's own
// sources, or the operator's pool and files) in [since, until). A record reaches a set when the first of the
// origins the set admits brought it (arrivalFor: record.arrivals, else ingestedAt), so a story another set's
// source stored first still reaches this set when its own source brings it later.
// Arrival, not publication, decides: an old article ingested today is new to readers.
import type { ArticleRecord } from '../src/articles/record.js';
import { arrivalFor, type SourceSet } from './source-set.js';

/**
 * Articles that reached the set in [since, until), earliest arrival first (ties by id, for determinism); without
 * `sources`, every article by its ingestedAt (as before sources existed).
 */
export function selectArticles(
  articles: readonly ArticleRecord[],
  window: { since: Date; until: Date; sources?: SourceSet | undefined },
): ArticleRecord[] {
  const since = window.since.getTime();
  const until = window.until.getTime();
  const set = window.sources;
  return articles
    .flatMap((a) => {
      const arrived = arrivalFor(set, a);
      const t = arrived === undefined ? Number.NaN : Date.parse(arrived);
      return t >= since && t < until ? [{ a, t }] : [];
    })
    .sort((x, y) => x.t - y.t || (x.a.id < y.a.id ? -1 : x.a.id > y.a.id ? 1 : 0))
    .map(({ a }) => a);
}
