// A question answered from the stored articles: its terms, the best-matching pool articles, then the sentences
// that answer it (answer.ts), or none: what the articles say, quoted and cited. With a model (OPENAI_API_KEY),
// a found answer may be rewritten by it from those sentences only, then checked (model-answer.ts).
import type { Summarizer } from '../llm/summarizer.port.js';
import { selectAnswer, type Answer } from './answer.js';
import { answerWithModel, type AskAnswer, type ModelAnswerOptions } from './model-answer.js';
import { questionTerms } from './question-terms.js';
import type { SearchIndex } from './search-index.port.js';

export type { Answer } from './answer.js';
export type { AnswerBy, AskAnswer, ModelAnswerOptions } from './model-answer.js';

/** The articles retrieval hands to sentence selection. */
export const RETRIEVED_ARTICLES = 8;

/** What the model step needs from the app or a handler's deps; a fallback is logged ASK_MODEL_FAILED with its reason. */
export interface AskModelDeps {
  summarizer?: Summarizer;
  defaults: { llmTimeoutMs: number };
  logger: { warn(fields: object, message: string): void };
}

/** The model step's options, or undefined without a model (no OPENAI_API_KEY): the extractive answer alone. */
export function askModelOf(deps: AskModelDeps): ModelAnswerOptions | undefined {
  const { summarizer, defaults, logger } = deps;
  if (!summarizer) return undefined;
  return {
    summarizer,
    timeoutMs: defaults.llmTimeoutMs,
    onFallback: (error) => logger.warn({ code: 'ASK_MODEL_FAILED', reason: codeOf(error), err: error }, 'model answer not used: the extractive answer is sent'),
  };
}

const codeOf = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;

/** Without `model`, the extractive answer (by: "extract"). */
export async function askQuestion(question: string, search: SearchIndex, model?: ModelAnswerOptions): Promise<AskAnswer> {
  const extractive = await extractiveAnswer(question, search);
  return model ? answerWithModel(extractive, model) : { ...extractive, by: 'extract' };
}

async function extractiveAnswer(question: string, search: SearchIndex): Promise<Answer> {
  const { terms, query } = questionTerms(question);
  if (terms.every((t) => t.weak)) return { question, found: false, sentences: [] };
  const [articles, stats] = await Promise.all([search.search(query, RETRIEVED_ARTICLES), search.termStats(terms.map((t) => t.stem))]);
  const sentences = selectAnswer(question, terms, articles, stats);
  return { question, found: sentences.length > 0, sentences };
}
