// Builds a briefing from the store: select by ingestion time, compose (pure), then let the
// summariser (OpenAI, when configured) rewrite summaries, falling back to the extractive ones.
// (The port it implements, BriefingService, is briefing-service.port.ts.)
import type { BriefingService } from './briefing-service.port.js';
import { composeBriefing } from './compose.js';
import { summarizeBriefing } from './summarize.js';
import { selectArticles } from './select.js';
import type { ArticleRecord } from '../src/articles/record.js';
import type { Summarizer } from '../src/llm/summarizer.port.js';
import type { ArticleStore } from '../src/store/article-store.port.js';


/** Bounds a digest's size: the newest this many arrivals are considered. */
const MAX_ARTICLES = 5000;

export function createBriefingService(deps: { articles: ArticleStore; summarizer?: Summarizer; summaryTimeoutMs: number }): BriefingService {
  return {
    async build(window, options = {}) {
      const ids = (await deps.articles.idsIngestedSince(window.since)).slice(-MAX_ARTICLES);
      // `until` is the present moment, which counts: an article ingested this very millisecond is in.
      const records = selectArticles(await deps.articles.getMany(ids), { since: window.since, until: new Date(window.until.getTime() + 1) });
      const briefing = composeBriefing(records, window);
      if (!deps.summarizer || options.summarize === false) return briefing;
      const byId = new Map<string, ArticleRecord>(records.map((r) => [r.id, r]));
      return summarizeBriefing(briefing, byId, deps.summarizer, {
        timeoutMs: deps.summaryTimeoutMs,
        ...(options.onSummaryError ? { onError: options.onSummaryError } : {}),
      });
    },
  };
}
