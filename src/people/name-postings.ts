// Which keys of the stored name index a name is filed under, and which keys a /who query reads
// (pure). Two levels, so that a batch writes little:
//   t:<token>           the posting: ids of people whose names hold this token, most mentioned first
//   d:/p:/e:/x:<key>    the vocabulary: tokens one deletion away (d), with this transliteration key (p),
//                       one deletion from it (e), or with this prefix (x)
// A new person adds their id to the postings of their tokens only; the vocabulary keys are written
// when a token is seen for the first time, which, after a few thousand articles, is rare (names repeat).
// The keys mirror what nameMatchScore (nlp/names.ts) can score above zero, as name-candidates.ts did.
import { MAX_ENTITY_WORD_CHARS } from '../nlp/entities.js';
import { normalizeName, phoneticKey } from '../nlp/names.js';

export const MAX_FUZZY_TOKEN = MAX_ENTITY_WORD_CHARS;
export const MAX_QUERY_TOKENS = 8;
/** nameMatchScore gives a typo (edit or transliteration-key distance 1) credit only when both tokens have 5+ letters. */
export const MIN_TYPO_LETTERS = 5;
/** A prefix matches from 4 letters ("Kolesnik…"). */
export const MIN_PREFIX_LETTERS = 4;

/**
 * Bounds, so one key can't grow without limit. A posting keeps the most mentioned people with the
 * token (first names and common surnames hold thousands): /who shows 5 suggestions, and a full name
 * is also matched through its surname bucket, which is complete. A vocabulary key holds tokens, whose
 * number is bounded by the alphabet for deletions and grows slowly for the rest; past the cap, the
 * earliest tokens stay (a late one is still found by its exact and transliteration keys).
 */
export const POSTING_CAP = 64;
export const VOCABULARY_CAP = 256;

/** [id, articleCount when last written], most mentioned first. */
export type Posting = [id: string, count: number][];

export function nameTokens(name: string): string[] {
  return normalizeName(name)
    .split(' ')
    .filter((t) => t.length >= 2);
}

/** The distinct tokens of every name form. */
export function tokensOfNames(names: readonly string[]): Set<string> {
  return new Set(names.flatMap(nameTokens));
}

export const postingKey = (token: string) => `t:${token}`;

/** The vocabulary keys a token is filed under (its posting key aside). */
export function vocabularyKeys(token: string): string[] {
  const keys = new Set<string>();
  const key = phoneticKey(token);
  keys.add(`p:${key}`);
  if (token.length >= MIN_TYPO_LETTERS && token.length <= MAX_FUZZY_TOKEN) {
    for (const d of deletions(token)) keys.add(`d:${d}`);
    for (const d of deletions(key)) keys.add(`e:${d}`);
  }
  for (let n = MIN_PREFIX_LETTERS; n < Math.min(token.length, MAX_FUZZY_TOKEN); n++) keys.add(`x:${token.slice(0, n)}`);
  return [...keys];
}

export type MatchKind = 'exact' | 'key' | 'typo' | 'prefix';

export interface QueryProbe {
  token: string;
  /** Whether this is the query's last token (the surname, in a full-name query). */
  last: boolean;
  /** Keys to read: postings (the token found is the key's) and vocabulary keys (tokens to follow). */
  postings: { key: string; kind: MatchKind }[];
  vocabulary: { key: string; kind: MatchKind }[];
}

/** What to read for a query: its first MAX_QUERY_TOKENS tokens (nameMatchScore needs the first to match). */
export function queryProbes(query: string): QueryProbe[] {
  const tokens = nameTokens(query).slice(0, MAX_QUERY_TOKENS);
  return tokens.map((q, i) => {
    const postings: QueryProbe['postings'] = [{ key: postingKey(q), kind: 'exact' }];
    const key = phoneticKey(q);
    const vocabulary: QueryProbe['vocabulary'] = [{ key: `p:${key}`, kind: 'key' }];
    if (q.length >= MIN_TYPO_LETTERS && q.length <= MAX_FUZZY_TOKEN + 1) {
      vocabulary.push({ key: `d:${q}`, kind: 'typo' }); // the query lacks a letter
      for (const d of deletions(q)) {
        postings.push({ key: postingKey(d), kind: 'typo' }); // the query has an extra letter
        vocabulary.push({ key: `d:${d}`, kind: 'typo' }); // a letter differs
      }
      vocabulary.push({ key: `e:${key}`, kind: 'typo' });
      for (const d of deletions(key)) vocabulary.push({ key: `p:${d}`, kind: 'typo' }, { key: `e:${d}`, kind: 'typo' });
    }
    if (q.length >= MIN_PREFIX_LETTERS) vocabulary.push({ key: `x:${q}`, kind: 'prefix' });
    return { token: q, last: i === tokens.length - 1, postings, vocabulary };
  });
}

/** Every string with one character removed (none empty). */
function deletions(token: string): string[] {
  const out = new Set<string>();
  if (token.length < 2) return [];
  for (let i = 0; i < token.length; i++) out.add(token.slice(0, i) + token.slice(i + 1));
  return [...out];
}

/**
 * The posting with `id` at `count`, or undefined when it stays as it is. Most mentioned first; when
 * full, a newcomer enters only by beating the least mentioned, who leaves.
 */
export function withPerson(posting: Posting, id: string, count: number, cap = POSTING_CAP): Posting | undefined {
  const at = posting.findIndex(([other]) => other === id);
  if (at >= 0 && posting[at]![1] === count) return undefined;
  const rest = at >= 0 ? posting.filter((_, i) => i !== at) : posting;
  if (at < 0 && rest.length >= cap && rest[rest.length - 1]![1] >= count) return undefined;
  const next: Posting = [...rest, [id, count]];
  next.sort((a, b) => b[1] - a[1]);
  return next.slice(0, cap);
}

/** The vocabulary list with `token` added, or undefined when it is there already or full. */
export function withToken(tokens: readonly string[], token: string, cap = VOCABULARY_CAP): string[] | undefined {
  if (tokens.includes(token) || tokens.length >= cap) return undefined;
  return [...tokens, token];
}

/**
 * Counts in postings and rows only order candidates, so they are rewritten when a count crosses a
 * power of two (1, 2, 4, 8…), not on every article: a person's postings are written O(log n) times.
 */
export function countBand(count: number): number {
  return count <= 0 ? 0 : Math.floor(Math.log2(count)) + 1;
}
