// Which articles a briefing covers: those that arrived (by ingestedAt) in [since, until).
// Arrival, not publication, decides: an old article ingested today is new to readers.
import type { ArticleRecord } from '../src/articles/record.js';

/** Articles ingested in [since, until), oldest arrival first (ties by id, for determinism). */
export function selectArticles(articles: readonly ArticleRecord[], window: { since: Date; until: Date }): ArticleRecord[] {
  const since = window.since.getTime();
  const until = window.until.getTime();
  return articles
    .filter((a) => {
      const t = Date.parse(a.ingestedAt);
      return t >= since && t < until;
    })
    .sort((a, b) => Date.parse(a.ingestedAt) - Date.parse(b.ingestedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
