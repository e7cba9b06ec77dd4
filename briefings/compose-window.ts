// The composition a digest window is personalised from: what arrived in [since, until], each event
// with its older reports (see withHistory), composed once per distinct window and shared by every
// chat whose window it is.
import type { BriefingService } from './briefing-service.port.js';
import type { Briefing, BriefingEvent } from './compose.js';
import { withHistory } from './personalize.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How far back the context composition reaches to find older reports of an event (the clusterer's 72 h gap). */
export const HISTORY_MS = 3 * DAY_MS;

export type SummaryErrorHandler = (error: unknown, event: BriefingEvent) => void;

/** What arrived in [since, until], each event with its older reports; model summaries for the window's events. */
export async function composeWindow(briefings: BriefingService, since: Date, until: Date, onSummaryError?: SummaryErrorHandler): Promise<Briefing> {
  const [window, context] = await Promise.all([
    briefings.build({ since, until }, onSummaryError ? { onSummaryError } : {}),
    // Only for event identity: no model summaries for it.
    briefings.build({ since: new Date(since.getTime() - HISTORY_MS), until }, { summarize: false }),
  ]);
  return withHistory(window, context);
}

/** Compositions of one tick, keyed by window start (to the minute): each distinct window is composed once. */
export function createWindowCache(briefings: BriefingService, until: Date, onSummaryError?: SummaryErrorHandler) {
  const windows = new Map<string, Promise<Briefing>>();
  return {
    /** The window's key (equal keys share a composition, and so a rendering). */
    keyOf: (since: Date) => since.toISOString().slice(0, 16),
    get(since: Date): Promise<Briefing> {
      const key = since.toISOString().slice(0, 16);
      let composed = windows.get(key);
      if (!composed) {
        composed = composeWindow(briefings, since, until, onSummaryError);
        windows.set(key, composed);
      }
      return composed;
    },
    count: () => windows.size,
  };
}
