// Which people could a /who query mean? An index over the people directory that finds, without
// scanning every name, the rows nameMatchScore could score above zero: the same token, one typo
// away (deletion neighbourhoods), the same or a one-off transliteration key, or a prefix.
// Pure; built once per directory revision and kept by the caller. Now only for a store from before the
// stored name index (name-postings.ts keeps the same keys in the store), until its directory is migrated.
//
// Linear in the total name length: a token's deletion neighbourhood has as many keys as it has
// letters, each as long as the token, so it is built only for tokens up to MAX_FUZZY_TOKEN letters
// (entity extraction drops longer words, so only junk stored before that is longer). Longer tokens are
// indexed by their exact and transliteration keys and by prefix; a typo inside one is not matched.
// A query is read up to MAX_QUERY_TOKENS tokens: nameMatchScore scores a row above zero only when the
// query's first token matches it, so the rest never adds a candidate worth scoring.
import { MAX_ENTITY_WORD_CHARS } from '../nlp/entities.js';
import { normalizeName, phoneticKey } from '../nlp/names.js';

export interface DirectoryRow {
  id: string;
  name: string;
  aliases: readonly string[];
  articleCount: number;
}

export interface NameIndex {
  /** Row numbers worth scoring for this query (a superset of the rows that match). */
  candidates(query: string): number[];
  /** Size of the index (keys and their total length) and postings looked up so far: the work it does. */
  stats(): { keys: number; keyChars: number; probes: number };
}

const MAX_PREFIX_TOKENS = 200;
export const MAX_FUZZY_TOKEN = MAX_ENTITY_WORD_CHARS;
export const MAX_QUERY_TOKENS = 8;

export function buildNameIndex(rows: readonly DirectoryRow[]): NameIndex {
  const postings = new Map<string, number[]>();
  const add = (key: string, row: number) => {
    const list = postings.get(key);
    if (!list) postings.set(key, [row]);
    else if (list[list.length - 1] !== row) list.push(row);
  };
  const tokenRows = new Map<string, number[]>();
  rows.forEach((row, r) => {
    for (const name of [row.name, ...row.aliases]) {
      for (const token of tokensOf(name)) {
        add(`t:${token}`, r);
        for (const d of deletions(token, MAX_FUZZY_TOKEN)) add(`d:${d}`, r);
        const key = phoneticKey(token);
        add(`p:${key}`, r);
        for (const d of deletions(key, MAX_FUZZY_TOKEN)) add(`e:${d}`, r);
        const list = tokenRows.get(token) ?? [];
        if (list[list.length - 1] !== r) list.push(r);
        tokenRows.set(token, list);
      }
    }
  });
  const sortedTokens = [...tokenRows.keys()].sort();

  let probes = 0;
  return {
    candidates(query) {
      const found = new Set<number>();
      const take = (key: string) => {
        probes++;
        postings.get(key)?.forEach((r) => found.add(r));
      };
      // One letter longer than an indexed token can still be one deletion away from it.
      for (const q of tokensOf(query).slice(0, MAX_QUERY_TOKENS)) {
        take(`t:${q}`);
        take(`d:${q}`); // the query lacks a letter
        for (const d of deletions(q, MAX_FUZZY_TOKEN + 1)) {
          take(`t:${d}`); // the query has an extra letter
          take(`d:${d}`); // a letter differs
        }
        const key = phoneticKey(q);
        take(`p:${key}`);
        take(`e:${key}`);
        for (const d of deletions(key, MAX_FUZZY_TOKEN + 1)) {
          take(`p:${d}`);
          take(`e:${d}`);
        }
        if (q.length >= 4) for (const token of withPrefix(sortedTokens, q)) tokenRows.get(token)?.forEach((r) => found.add(r));
      }
      return [...found];
    },
    stats() {
      let keyChars = 0;
      for (const key of postings.keys()) keyChars += key.length;
      return { keys: postings.size, keyChars, probes };
    },
  };
}

function tokensOf(name: string): string[] {
  return normalizeName(name).split(' ').filter((t) => t.length >= 2);
}

/** Every string with one character removed; none for a token longer than `max` (see the header). */
function deletions(token: string, max: number): string[] {
  if (token.length > max) return [];
  const out = new Set<string>();
  for (let i = 0; i < token.length; i++) out.add(token.slice(0, i) + token.slice(i + 1));
  return [...out];
}

function withPrefix(sorted: readonly string[], prefix: string): string[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < sorted.length && out.length < MAX_PREFIX_TOKENS && sorted[i]!.startsWith(prefix); i++) out.push(sorted[i]!);
  return out;
}
