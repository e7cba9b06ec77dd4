// What /who needs: people across all stored articles, with roles, facts and company.
import type { ArticleRecord } from '../articles/record.js';

export interface PersonRole {
  role: string;
  source: string;
  /** Absent when the article's date is unknown. */
  date?: string;
}

export interface PersonFact {
  text: string;
  source: string;
  sourceUrl?: string;
  /** Absent when the article's date is unknown. */
  date?: string;
}

export interface PersonProfile {
  name: string;
  aliases: string[];
  roles: PersonRole[];
  articleCount: number;
  /** Newest first, at most three. */
  facts: PersonFact[];
  /** People they appear with, most shared articles first. */
  related: string[];
}

export interface PersonLookup {
  query: string;
  person: PersonProfile | null;
  /** Close names when the query matched nobody well enough (or other people sharing the name). */
  suggestions: string[];
}

export interface PeopleIndex {
  /**
   * Adds the people of these records, the articles of ingest batch `batch`. Idempotent per
   * (person, article): each person's entry records the batches folded into it, in the same write,
   * so replaying a batch after a crash, whatever its size, never counts an article twice.
   * Every article belongs to exactly one batch.
   */
  indexArticles(records: readonly ArticleRecord[], batch: string): Promise<void>;
  lookup(query: string): Promise<PersonLookup>;
}
