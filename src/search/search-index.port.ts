// What /ask, /search and the CLI need from full-text search over the stored articles; minisearch-index.ts
// implements it in process. Only pool articles are searched: a chat's own sources stay that chat's business.
import type { ArticleRecord } from '../articles/record.js';

/** How common each term is among the indexed articles: rare words weigh more in an answer. */
export interface TermStats {
  /** Articles indexed. */
  documents: number;
  /** Stem → how many articles hold it exactly; a stem no article holds is absent. */
  frequency: ReadonlyMap<string, number>;
}

export interface SearchIndex {
  /** The pool articles that best match these words (BM25, prefix and fuzzy matches), best first. */
  search(words: string, limit: number): Promise<ArticleRecord[]>;
  /** The pool articles that match every word (prefix and fuzzy too), newest first. */
  newest(words: string, limit: number): Promise<ArticleRecord[]>;
  /** Document frequencies of stems (search-terms.ts stemWord of folded words). */
  termStats(stems: readonly string[]): Promise<TermStats>;
}
