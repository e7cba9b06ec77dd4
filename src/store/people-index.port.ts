// What /who needs: people across all stored articles, with roles, facts and company.
// keyv-people-index.ts implements it. What a lookup returns is the people core's (person-profile.ts).
import type { ArticleRecord } from '../articles/record.js';
import type { PersonLookup } from '../people/person-profile.js';

export type { PersonFact, PersonLookup, PersonProfile, PersonRole } from '../people/person-profile.js';

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
