// Which person a /who query means (pure): a confident match in the query's surname bucket, else the
// best of the directory's candidates, else "did you mean" names.
import { gendersAgree, nameGender, nameMatchScore } from '../nlp/names.js';
import type { DirectoryRow } from './name-candidates.js';
import type { PersonRow } from './person-entry.js';

export const CONFIDENT = 0.8;
export const SUGGEST = 0.5;
export const MAX_SUGGESTIONS = 5;

/** The id of the bucket row the query confidently names (ties: the most mentioned), if any. */
export function confidentInBucket(query: string, bucket: readonly PersonRow[]): string | undefined {
  // A bucket holds both forms of a Slavic surname: /who Petrova never opens Ivan Petrov.
  const gender = nameGender(query);
  const best = bucket
    .filter((row) => gendersAgree(gender, nameGender(row.name)))
    .map((row) => ({ row, score: nameMatchScore(query, [row.name, ...row.forms]) }))
    .sort((a, b) => b.score - a.score || b.row.articleCount - a.row.articleCount)[0];
  return best && best.score >= CONFIDENT ? best.row.id : undefined;
}

/** Scores directory candidates: the confident one's id, if any, and the names worth suggesting. */
export function rankCandidates(query: string, candidates: readonly DirectoryRow[]): { confident?: string; suggestions: string[] } {
  const scored = candidates
    .map(({ id, name, aliases, articleCount: count }) => ({ id, name, count, score: nameMatchScore(query, [name, ...aliases]) }))
    .filter((c) => c.score >= SUGGEST)
    .sort((a, b) => b.score - a.score || b.count - a.count);
  const top = scored[0];
  const suggestions = [...new Set(scored.map((c) => c.name))].slice(0, MAX_SUGGESTIONS);
  return top && top.score >= CONFIDENT ? { confident: top.id, suggestions } : { suggestions };
}
