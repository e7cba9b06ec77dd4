// The summariser port: what the briefing, /who and /ask need from a language model, nothing more.
// Adapters (openai-summarizer.ts) implement it; callers wrap calls in withFallback.

export interface EventToSummarize {
  /** The briefing event's id: what a cache keys answers by (with the content hash). Not sent to the model. */
  id?: string;
  title: string;
  articles: { title: string; source: string; publishedAt: string; paragraphs: string[] }[];
  maxSentences: number;
}

export interface PersonToDescribe {
  name: string;
  roles: string[];
  facts: { text: string; source: string; date: string }[];
}

export interface QuestionToAnswer {
  question: string;
  /** The sentences retrieval found (quoted from the articles), best first; date YYYY-MM-DD or "date unknown". */
  sentences: { text: string; source: string; date: string }[];
}

/** What the model says instead of an answer when the given sentences don't answer the question. */
export const UNKNOWN_ANSWER = 'UNKNOWN';

export interface Summarizer {
  /** At most `maxSentences` sentences, using only the given articles. */
  summarizeEvent(event: EventToSummarize, signal?: AbortSignal): Promise<string[]>;
  /** One or two sentences, using only the given facts. */
  describePerson(person: PersonToDescribe, signal?: AbortSignal): Promise<string>;
  /** One to three sentences answering the question from the given sentences only; [] when they don't answer it. */
  answerQuestion(input: QuestionToAnswer, signal?: AbortSignal): Promise<string[]>;
}
