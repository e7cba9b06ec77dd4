// What the digest pipeline needs from whoever builds briefings from the store (briefing-service.ts
// on the article store; tests hand in a synthetic one).
import type { Briefing, BriefingEvent } from './compose.js';
import type { SourceSet } from './source-set.js';

export interface BuildOptions {
  /** false: extractive summaries only (e.g. a composition used only for event identity). */
  summarize?: boolean;
  /** Called for each event whose model summary failed (the extractive one is kept). */
  onSummaryError?: (error: unknown, event: BriefingEvent) => void;
}

export interface BriefingWindow {
  since: Date;
  until: Date;
  /**
   * The articles it draws on (source-set.ts), each from when it reached the set (select.ts), and the outlets its
   * source lines may name (compose.ts). The digest pipeline always gives one (compose-window.ts requires it);
   * absent means every stored article by its ingestedAt, every outlet named, for tools and tests that want the whole store.
   */
  sources?: SourceSet;
}

export interface BriefingService {
  /** The briefing of articles ingested in [since, until] (an article ingested this very moment counts) from `sources`. */
  build(window: BriefingWindow, options?: BuildOptions): Promise<Briefing>;
  /**
   * The same service for one tick's compositions, reading each stored article at most once: chats with
   * different source sets over overlapping windows read the same records. Optional (a synthetic service has none).
   */
  session?(): BriefingService;
}
