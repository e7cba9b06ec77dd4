// Model summaries already paid for: one entry per event, holding the content hash it answers (the exact input the
// model was given, and the model's name). A new article changes the hash: the entry no longer answers and the next
// answer overwrites it, so the store holds one summary per event, however often its content changes.
import { z } from 'zod';

export const SUMMARY_MAX_SENTENCES = 20;
export const SUMMARY_MAX_SENTENCE_CHARS = 4000;

/** The model's sentences as it answered them (the grounding check runs again on every read: it is cheap). */
export const cachedSummarySchema = z.object({
  sentences: z.array(z.string().max(SUMMARY_MAX_SENTENCE_CHARS)).max(SUMMARY_MAX_SENTENCES),
  /** When it was stored, ISO: for operators reading the store. */
  storedAt: z.string(),
});
export type CachedSummary = z.infer<typeof cachedSummarySchema>;

export interface SummaryCache {
  /** The event's summary when it was stored for this content hash; another hash is a miss. */
  get(eventId: string, contentHash: string): Promise<CachedSummary | undefined>;
  /** Replaces whatever the event had stored. */
  set(eventId: string, contentHash: string, summary: CachedSummary): Promise<void>;
}
