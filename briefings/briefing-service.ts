// Builds a briefing from the store: select by ingestion time, compose (pure), then let the
// summariser (OpenAI, when configured) rewrite summaries, falling back to the extractive ones.
import { composeBriefing, type Briefing, type BriefingEvent } from './compose.js';
import { summarizeBriefing } from './summarize.js';
import { selectArticles } from './select.js';
import type { ArticleRecord } from '../src/articles/record.js';
import type { Summarizer } from '../src/llm/summarizer.port.js';
import type { ArticleStore } from '../src/store/article-store.port.js';

export interface BuildOptions {
  /** false: extractive summaries only (e.g. a composition used only for event identity). */
  summarize?: boolean;
  /** Called for each event whose model summary failed (the extractive one is kept). */
  onSummaryError?: (error: unknown, event: BriefingEvent) => void;
}

export interface BriefingService {
  /** The briefing of articles ingested in [since, until] (an article ingested this very moment counts). */
  build(window: { since: Date; until: Date }, options?: BuildOptions): Promise<Briefing>;
}

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
