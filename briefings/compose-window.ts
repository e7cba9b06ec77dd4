// The composition a digest window is personalised from: what arrived in [since, until] from one source
// set, each event with its older reports (see withHistory), composed once per distinct (window, source
// set) and shared by every chat with that window and set.
import type { BriefingService } from './briefing-service.port.js';
import type { Briefing, BriefingEvent } from './compose.js';
import { withHistory } from './personalize.js';
import { key as setKey, type SourceSet } from './source-set.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How far back the context composition reaches to find older reports of an event (the clusterer's 72 h gap). */
export const HISTORY_MS = 3 * DAY_MS;

export type SummaryErrorHandler = (error: unknown, event: BriefingEvent) => void;

/**
 * What arrived in [since, until] from `sources`, each event with its older reports (from the same set: a
 * chat's history is what it could have been sent); model summaries for the window's events.
 */
export async function composeWindow(
  briefings: BriefingService,
  window: { since: Date; until: Date; sources: SourceSet },
  onSummaryError?: SummaryErrorHandler,
): Promise<Briefing> {
  const { since, until, sources } = window;
  // Only for event identity: no model summaries for it. First, so a session's reads serve the window's
  // build too (its articles are a subset of the context's).
  const context = await briefings.build({ since: new Date(since.getTime() - HISTORY_MS), until, sources }, { summarize: false });
  const composed = await briefings.build({ since, until, sources }, onSummaryError ? { onSummaryError } : {});
  return withHistory(composed, context);
}

/**
 * Compositions of one tick, keyed by window start (to the minute) and source-set key: each distinct pair
 * is composed once, however many chats share it.
 */
export function createWindowCache(briefings: BriefingService, until: Date, onSummaryError?: SummaryErrorHandler) {
  // One session per tick: every composition of it reads a stored article at most once.
  const session = briefings.session?.() ?? briefings;
  const windows = new Map<string, Promise<Briefing>>();
  const keyOf = (since: Date, sources: SourceSet) => `${since.toISOString().slice(0, 16)}|${setKey(sources)}`;
  return {
    /** The composition's key (equal keys share a composition, and so may share a rendering). */
    keyOf,
    get(since: Date, sources: SourceSet): Promise<Briefing> {
      const key = keyOf(since, sources);
      let composed = windows.get(key);
      if (!composed) {
        composed = composeWindow(session, { since, until, sources }, onSummaryError);
        windows.set(key, composed);
      }
      return composed;
    },
    /** Distinct (window, source set) pairs composed. */
    count: () => windows.size,
  };
}
