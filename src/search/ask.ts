// A question answered from the stored articles: its terms, the best-matching pool articles, then the sentences
// that answer it (answer.ts), or none. No model: what the articles say, quoted and cited.
import { selectAnswer, type Answer } from './answer.js';
import { questionTerms } from './question-terms.js';
import type { SearchIndex } from './search-index.port.js';

export type { Answer } from './answer.js';

/** The articles retrieval hands to sentence selection. */
export const RETRIEVED_ARTICLES = 8;

export async function askQuestion(question: string, search: SearchIndex): Promise<Answer> {
  const { terms, query } = questionTerms(question);
  if (terms.every((t) => t.weak)) return { question, found: false, sentences: [] };
  const [articles, stats] = await Promise.all([search.search(query, RETRIEVED_ARTICLES), search.termStats(terms.map((t) => t.stem))]);
  const sentences = selectAnswer(question, terms, articles, stats);
  return { question, found: sentences.length > 0, sentences };
}
