// A Summarizer that asks the model about an event once: the answer is stored per event with its content hash (the
// model's name and the exact input), so a second digest with the same articles, also after a restart, makes no
// request. A new article in the event changes the input, hence the hash: that event is asked again and its entry
// overwritten. What is stored is trimmed to the schema's limits first, so a long answer is still cached.
// A failing cache never fails the summary: a read error is a miss, a write error only loses the saving.
// Answers to /ask pass through uncached: a question is free text a user typed, rarely asked twice word for word,
// and the sentences retrieved for it change as articles arrive, so a cache would mostly miss while keeping users'
// questions in the store without bound. The call is already bounded by the LLM timeout, with the extractive answer
// behind it.
import { createHash } from 'node:crypto';
import { SUMMARY_MAX_SENTENCE_CHARS, SUMMARY_MAX_SENTENCES, type SummaryCache } from '../store/summary-cache.port.js';
import type { EventToSummarize, Summarizer } from './summarizer.port.js';

export interface CachedSummarizerOptions {
  /** Part of the hash: another model's answer is not this one's (e.g. OPENAI_MODEL). */
  model: string;
  now: () => Date;
  onCacheError?: (error: unknown) => void;
}

/** The content hash of what the model is asked about an event. */
export function summaryContentHash(event: EventToSummarize, model: string): string {
  const { id: _id, ...input } = event;
  return createHash('sha256').update(JSON.stringify({ model, input })).digest('hex').slice(0, 32);
}

export function createCachedSummarizer(inner: Summarizer, cache: SummaryCache, options: CachedSummarizerOptions): Summarizer {
  const quietly = async <T>(op: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await op();
    } catch (error) {
      options.onCacheError?.(error);
      return undefined;
    }
  };
  return {
    async summarizeEvent(event, signal) {
      if (event.id === undefined) return inner.summarizeEvent(event, signal);
      const id = event.id;
      const hash = summaryContentHash(event, options.model);
      const hit = await quietly(() => cache.get(id, hash));
      if (hit) return hit.sentences.slice(0, event.maxSentences);
      const sentences = await inner.summarizeEvent(event, signal);
      const storable = storableSentences(sentences);
      if (storable.length > 0) {
        await quietly(() => cache.set(id, hash, { sentences: storable, storedAt: options.now().toISOString() }));
      }
      return sentences;
    },
    describePerson: (person, signal) => inner.describePerson(person, signal),
    answerQuestion: (input, signal) => inner.answerQuestion(input, signal),
  };
}

/** The answer within the cache schema's limits: blank sentences dropped, each cut to its length cap, the list too. */
export function storableSentences(sentences: readonly string[]): string[] {
  return sentences
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .slice(0, SUMMARY_MAX_SENTENCES)
    .map((s) => s.slice(0, SUMMARY_MAX_SENTENCE_CHARS));
}
