// Builds a briefing from the store: select by ingestion time and source set, compose (pure), then let
// the summariser (OpenAI, when configured) rewrite summaries, falling back to the extractive ones.
// (The port it implements, BriefingService, is briefing-service.port.ts.)
import type { BriefingService, BriefingWindow } from './briefing-service.port.js';
import { composeBriefing, RECORD_INDEX_OPTIONS } from './compose.js';
import { EventIndex } from './event-index.js';
import { summarizeBriefing } from './summarize.js';
import { selectArticles } from './select.js';
import type { ArticleRecord } from '../src/articles/record.js';
import type { Summarizer } from '../src/llm/summarizer.port.js';
import type { ArticleStore } from '../src/store/article-store.port.js';

/** Bounds a digest's size: the newest this many admitted arrivals are considered. */
const MAX_ARTICLES = 5000;
/**
 * Bounds a composition's reads, whatever its window (a chat paused for months asks from its last digest): only the
 * newest this many ids of the ingest log in the read range are looked at (four MAX_ARTICLES reads at most); older
 * arrivals are left out of that digest, as the MAX_ARTICLES cap leaves out the oldest admitted ones.
 */
export const MAX_SCANNED = 20_000;
/**
 * A record reaches a source set when the first of its admitted origins brought it (select.ts), which may be after
 * it was first stored (a merge at ingest added that origin: record.arrivals), while the ingest log lists it only at
 * its first arrival. So a set's composition reads the log from this much before its window. The bound: an origin
 * merged into a record more than 72 hours after the record's first arrival is not seen by that set's digests (hash
 * and URL merges have no time limit; wire copies merge within 72 h, WIRE_WINDOW_HOURS, anyway).
 */
export const LATE_ARRIVAL_LOOKBACK_MS = 72 * 3_600_000;

type ReadRecords = (ids: readonly string[]) => Promise<ArticleRecord[]>;

export function createBriefingService(deps: { articles: ArticleStore; summarizer?: Summarizer; summaryTimeoutMs: number }): BriefingService {
  // Which articles tell one event, kept across digests: each composition places only the articles it is the
  // first to see (the rest are looked up), so a digest never clusters its whole window again. Lost on restart,
  // it is rebuilt by the next composition from that window, as one batch.
  const events = new EventIndex(RECORD_INDEX_OPTIONS);
  const service = (read: ReadRecords): BriefingService => ({
    async build(window, options = {}) {
      // `until` is the present moment, which counts: an article ingested this very millisecond is in.
      const records = await newestSelected(deps.articles, read, { ...window, until: new Date(window.until.getTime() + 1) });
      const briefing = composeBriefing(records, window, { events });
      if (!deps.summarizer || options.summarize === false) return briefing;
      const byId = new Map<string, ArticleRecord>(records.map((r) => [r.id, r]));
      return summarizeBriefing(briefing, byId, deps.summarizer, {
        timeoutMs: deps.summaryTimeoutMs,
        ...(options.onSummaryError ? { onError: options.onSummaryError } : {}),
      });
    },
    session: () => service(remembering(deps.articles)),
  });
  return service((ids) => deps.articles.getMany(ids));
}

/**
 * The newest MAX_ARTICLES arrivals the window selects, read newest first a chunk at a time: the cap counts
 * admitted articles, so a chat's own sources are not crowded out of its digest by a busy pool. At most MAX_SCANNED
 * ids are read; with a set, from LATE_ARRIVAL_LOOKBACK_MS before the window (late arrivals).
 */
async function newestSelected(articles: ArticleStore, read: ReadRecords, window: BriefingWindow): Promise<ArticleRecord[]> {
  const from = window.sources ? new Date(window.since.getTime() - LATE_ARRIVAL_LOOKBACK_MS) : window.since;
  const ids = (await articles.idsIngestedSince(from, { limit: MAX_SCANNED })).slice(-MAX_SCANNED);
  const picked: ArticleRecord[] = [];
  for (let end = ids.length; end > 0 && picked.length < MAX_ARTICLES; end -= MAX_ARTICLES) {
    picked.push(...selectArticles(await read(ids.slice(Math.max(0, end - MAX_ARTICLES), end)), window));
  }
  return selectArticles(picked, window).slice(-MAX_ARTICLES);
}

/**
 * getMany that reads each record once for the session's lifetime (one tick: a later rewrite waits for the
 * next), also when compositions overlap in time: a read under way is shared, not repeated.
 */
function remembering(articles: ArticleStore): ReadRecords {
  const known = new Map<string, Promise<ArticleRecord | undefined>>();
  return async (ids) => {
    const missing = ids.filter((id) => !known.has(id));
    if (missing.length > 0) {
      const reading = articles.getMany(missing).then((records) => new Map(records.map((r) => [r.id, r])));
      const pending = missing.map((id) => [id, reading.then((byId) => byId.get(id))] as const);
      for (const [id, record] of pending) known.set(id, record);
      // A failed read is not remembered: this composition fails, a later one of the session reads again.
      reading.catch(() => {
        for (const [id, record] of pending) if (known.get(id) === record) known.delete(id);
      });
    }
    const records = await Promise.all(ids.map((id) => known.get(id) ?? Promise.resolve(undefined)));
    return records.filter((r): r is ArticleRecord => r !== undefined);
  };
}
