// What the digest pipeline needs from whoever builds briefings from the store (briefing-service.ts
// on the article store; tests hand in a synthetic one).
import type { Briefing, BriefingEvent } from './compose.js';

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
