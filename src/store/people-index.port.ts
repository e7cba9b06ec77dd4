// What /who needs: people across all stored articles, with roles, facts and company.
import type { ArticleRecord } from '../articles/record.js';

export interface PersonRole {
  role: string;
  source: string;
  date: string;
}

export interface PersonFact {
  text: string;
  source: string;
  sourceUrl?: string;
  date: string;
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
  /** Adds the people of these records. Idempotent per record id (safe to replay after a crash). */
  indexArticles(records: readonly ArticleRecord[]): Promise<void>;
  lookup(query: string): Promise<PersonLookup>;
}
