// The Summarizer port over the OpenAI chat completions API (or any compatible server via baseURL).
import OpenAI from 'openai';
import { splitSentences } from '../nlp/sentences.js';
import {
  ANSWER_SYSTEM_PROMPT,
  EVENT_SYSTEM_PROMPT,
  PERSON_SYSTEM_PROMPT,
  answerUserPrompt,
  eventUserPrompt,
  personUserPrompt,
} from './prompts.js';
import { UNKNOWN_ANSWER, type Summarizer } from './summarizer.port.js';

/** Sentences in an answer to /ask, as the prompt asks: the model is not trusted to respect it. */
const MAX_ANSWER_SENTENCES = 3;
// The fixed word as a word of its own, however the model dresses it ("UNKNOWN.", "Answer: UNKNOWN").
const UNKNOWN_RE = new RegExp(`\\b${UNKNOWN_ANSWER}\\b`);

export interface OpenAiSummarizerOptions {
  apiKey: string;
  baseURL?: string;
  model: string;
  /** Per request, including the SDK's own retries' individual attempts. */
  timeoutMs: number;
  /** SDK retries on 429/5xx/connection errors (default 1). */
  maxRetries?: number;
}

/**
 * @example
 * const summarizer = createOpenAiSummarizer({ apiKey, model: 'gpt-4o-mini', timeoutMs: 15_000 });
 * const sentences = await summarizer.summarizeEvent(event);
 */
export function createOpenAiSummarizer(options: OpenAiSummarizerOptions): Summarizer {
  const client = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseURL,
    timeout: options.timeoutMs,
    maxRetries: options.maxRetries ?? 1,
  });
  const complete = async (system: string, user: string, signal?: AbortSignal): Promise<string> => {
    const response = await client.chat.completions.create(
      {
        model: options.model,
        temperature: 0.2,
        messages: [
          { role: 'system', content: system },
          { role: 'user', content: user },
        ],
      },
      signal ? { signal } : {},
    );
    return response.choices[0]?.message?.content?.trim() ?? '';
  };
  return {
    async summarizeEvent(event, signal) {
      const text = await complete(EVENT_SYSTEM_PROMPT, eventUserPrompt(event), signal);
      return splitSentences(text.replace(/\s+/g, ' '))
        .map((s) => s.text)
        .slice(0, event.maxSentences);
    },
    async describePerson(person, signal) {
      const text = await complete(PERSON_SYSTEM_PROMPT, personUserPrompt(person), signal);
      return splitSentences(text.replace(/\s+/g, ' '))
        .slice(0, 2)
        .map((s) => s.text)
        .join(' ');
    },
    async answerQuestion(input, signal) {
      const text = await complete(ANSWER_SYSTEM_PROMPT, answerUserPrompt(input), signal);
      if (UNKNOWN_RE.test(text)) return [];
      return splitSentences(text.replace(/\s+/g, ' '))
        .map((s) => s.text)
        .slice(0, MAX_ANSWER_SENTENCES);
    },
  };
}
