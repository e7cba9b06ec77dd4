// With a model configured, an extractive answer may be rewritten by it: the model sees the question and the
// retrieved sentences only, and each sentence it writes must pass the grounding check (src/llm/grounding.ts)
// against those sentences' text: every name, number, date and uncommon word in them. All or nothing: one
// ungrounded sentence means the model strayed, so none of its answer is trusted and the extractive one is sent.
// Any failure (error, timeout, UNKNOWN, nothing) also keeps the extractive answer; the model never answers a
// question retrieval found nothing for.
import { withFallback } from '../llm/fallback.js';
import { groundSummary, sourceTerms } from '../llm/grounding.js';
import type { QuestionToAnswer, Summarizer } from '../llm/summarizer.port.js';
import { DATE_UNKNOWN } from '../render/format-date.js';
import { MAX_ANSWER_SENTENCES, type Answer, type AnswerSentence } from './answer.js';
import { indexTerms } from './search-terms.js';

/** Who wrote the answer's sentences: the model, or retrieval quoting the articles. */
export type AnswerBy = 'model' | 'extract';

export type AskAnswer = Answer & { by: AnswerBy };

export interface ModelAnswerOptions {
  summarizer: Summarizer;
  /** The LLM deadline (OPENAI_TIMEOUT_MS; HandlerDeps.defaults.llmTimeoutMs). */
  timeoutMs: number;
  /** Why the extractive answer was kept: the error has a `code` (LLM_TIMEOUT, LLM_UNKNOWN, LLM_UNGROUNDED…). */
  onFallback?: (error: unknown) => void;
}

/** The model found no answer in the sentences: it said UNKNOWN, or nothing. */
export class UnknownAnswerError extends Error {
  readonly code = 'LLM_UNKNOWN';
  constructor() {
    super("The model says the retrieved sentences don't answer the question; the extractive answer was used.");
    this.name = 'UnknownAnswerError';
  }
}

/** The model's answer holds something the retrieved sentences don't say. */
export class UngroundedAnswerError extends Error {
  readonly code = 'LLM_UNGROUNDED';
  constructor(readonly missing: string) {
    super(`The model's answer names "${missing}", which the retrieved sentences don't; the extractive answer was used.`);
    this.name = 'UngroundedAnswerError';
  }
}

/** The model's answer when it is grounded, else the extractive one; a not-found answer is returned as it is. */
export async function answerWithModel(extractive: Answer, options: ModelAnswerOptions): Promise<AskAnswer> {
  const fallback: AskAnswer = { ...extractive, by: 'extract' };
  if (!extractive.found || extractive.sentences.length === 0) return fallback;
  const input = questionToAnswer(extractive);
  return withFallback(
    async (signal): Promise<AskAnswer> => {
      const written = clean(await options.summarizer.answerQuestion(input, signal));
      if (written.length === 0) throw new UnknownAnswerError();
      return { ...extractive, sentences: groundedAnswer(written, extractive.sentences), by: 'model' };
    },
    fallback,
    { timeoutMs: options.timeoutMs, ...(options.onFallback ? { onError: options.onFallback } : {}), isEmpty: (a) => a.sentences.length === 0 },
  );
}

function questionToAnswer(answer: Answer): QuestionToAnswer {
  return {
    question: answer.question,
    sentences: answer.sentences.map((s) => ({ text: s.text, source: s.source, date: s.publishedAt ? s.publishedAt.slice(0, 10) : DATE_UNKNOWN })),
  };
}

/** Trimmed, non-empty, at most MAX_ANSWER_SENTENCES: the model is not trusted to respect the limit. */
function clean(sentences: readonly string[]): string[] {
  return sentences
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .slice(0, MAX_ANSWER_SENTENCES);
}

/**
 * The model's sentences, each cited with the retrieved sentence it draws on most; throws UngroundedAnswerError when
 * any of them is not grounded in the retrieved sentences' text.
 */
export function groundedAnswer(written: readonly string[], retrieved: readonly AnswerSentence[]): AnswerSentence[] {
  const { dropped } = groundSummary(written, sourceTerms(retrieved.map((s) => s.text)));
  if (dropped.length > 0) throw new UngroundedAnswerError(dropped[0]!.missing);
  return written.map((text) => ({ ...citationOf(text, retrieved), text }));
}

/** The retrieved sentence sharing most content words with `text`; the better-ranked one on a tie. */
export function citationOf(text: string, retrieved: readonly AnswerSentence[]): AnswerSentence {
  const words = new Set(indexTerms(text));
  let best = retrieved[0]!;
  let bestShared = -1;
  for (const candidate of retrieved) {
    let shared = 0;
    for (const w of new Set(indexTerms(candidate.text))) if (words.has(w)) shared++;
    if (shared > bestShared) [best, bestShared] = [candidate, shared];
  }
  return best;
}
