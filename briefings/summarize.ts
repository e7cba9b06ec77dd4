// Optional abstractive pass over a composed briefing: each event's extractive summary is replaced by the
// model's, one event at a time under a deadline; any failure keeps the extractive one for that event. The model's
// sentences pass a grounding check first (src/llm/grounding.ts): one whose names, numbers or dates the event's
// articles don't hold is dropped, and when the first is dropped, or none is left, the extractive summary stays.
import type { ArticleRecord } from '../src/articles/record.js';
import { withFallback } from '../src/llm/fallback.js';
import { groundSummary, sourceTerms } from '../src/llm/grounding.js';
import type { EventToSummarize, Summarizer } from '../src/llm/summarizer.port.js';
import type { Briefing, BriefingEvent } from './compose.js';

export interface SummarizeBriefingOptions {
  /** Deadline per event: DIGEST_SUMMARY_TIMEOUT_MS, passed in by the composition root (no default here). */
  timeoutMs: number;
  /** Events summarised at once (default 4). */
  concurrency?: number;
  onError?: (error: unknown, event: BriefingEvent) => void;
}

const MAX_SENTENCES = 3;

/** Replaces each event's extractive summary with the summariser's, falling back to the extractive one per event on any error/timeout/empty answer. */
export async function summarizeBriefing(
  briefing: Briefing,
  articlesById: ReadonlyMap<string, ArticleRecord>,
  summarizer: Summarizer | undefined,
  options: SummarizeBriefingOptions,
): Promise<Briefing> {
  if (!summarizer || briefing.events.length === 0) return briefing;
  const { timeoutMs } = options;
  const summarizeOne = async (event: BriefingEvent): Promise<BriefingEvent> => {
    const input = toEventToSummarize(event, articlesById);
    if (input.articles.length === 0) return event;
    const summary = await withFallback(
      async (signal) => grounded(clean(await summarizer.summarizeEvent(input, signal)), input),
      event.summary,
      { timeoutMs, onError: (error) => options.onError?.(error, event) },
    );
    return summary === event.summary ? event : { ...event, summary };
  };
  const events = await mapWithConcurrency(briefing.events, options.concurrency ?? 4, summarizeOne);
  return { ...briefing, events };
}

function toEventToSummarize(event: BriefingEvent, articlesById: ReadonlyMap<string, ArticleRecord>): EventToSummarize {
  const articles = event.articleIds
    .map((id) => articlesById.get(id))
    .filter((a): a is ArticleRecord => a !== undefined)
    .map((a) => ({ title: a.title, source: a.source.name, publishedAt: a.publishedAt ?? 'date unknown', paragraphs: [...a.paragraphs] }));
  return { id: event.id, title: event.title, articles, maxSentences: MAX_SENTENCES };
}

/** The model invented something the articles don't say: the extractive summary is used. */
export class UngroundedSummaryError extends Error {
  readonly code = 'LLM_UNGROUNDED';
  constructor(readonly missing: string) {
    super(`The model's summary names "${missing}", which the event's articles don't; the extractive summary was used.`);
    this.name = 'UngroundedSummaryError';
  }
}

/** The grounded sentences; throws UngroundedSummaryError when the first one (the lead) or all of them are not. */
function grounded(sentences: string[], input: EventToSummarize): string[] {
  if (sentences.length === 0) return sentences; // empty: withFallback's own check reports it
  const sources = sourceTerms([input.title, ...input.articles.flatMap((a) => [a.title, ...a.paragraphs])]);
  const { kept, dropped } = groundSummary(sentences, sources);
  const lead = dropped.find((d) => d.sentence === sentences[0]);
  if (lead || kept.length === 0) throw new UngroundedSummaryError((lead ?? dropped[0])!.missing);
  return kept;
}

/** Trimmed, non-empty, at most MAX_SENTENCES: the model is not trusted to respect the limit. */
function clean(sentences: readonly string[]): string[] {
  return sentences
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .slice(0, MAX_SENTENCES);
}

async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
