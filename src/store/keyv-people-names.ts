// The stored name index of /who (keys under people:names: and people:row:, see keyv-people-index.ts):
// the writes one batch needs, and the few reads one query needs. Which keys: src/people/name-postings.ts.
// A stored value of another shape is skipped with a log line (read as absent): the index is derived
// from the articles, so a lookup still answers and the next write of that key replaces it.
import type Keyv from 'keyv';
import { phoneticKey } from '../nlp/names.js';
import type { DirectoryChanges } from '../people/directory-writes.js';
import type { DirectoryRow } from '../people/name-candidates.js';
import { postingKey, queryProbes, vocabularyKeys, withPerson, withToken, type MatchKind, type Posting } from '../people/name-postings.js';
import { directoryRows } from '../people/people-directory.js';
import type { PersonRow } from '../people/person-entry.js';
import { bucketCodec, bucketCountsCodec, postingCodec, rowCodec, vocabularyCodec } from './keyv-people-codecs.js';
import { decodeOrSkip, type InvalidValueLog } from './stored-value.js';

export const namesKey = (key: string) => `people:names:${key}`;
export const rowKey = (id: string) => `people:row:${id}`;
export const bucketKey = (key: string) => `people:${key}`;
/** The bucket's counts (keyv-people-codecs.ts): person keys hold no colon, so neither of these names a bucket. */
export const bucketCountsKey = (key: string) => `people:n:${key}`;
/** The bucket's newest rows, until there are TAIL_MAX of them: a newcomer is written there, not into the whole bucket. */
export const bucketTailKey = (key: string) => `people:tail:${key}`;
export const TAIL_MAX = 16;
/** What a bucket is read from, in this order. */
export const bucketValueKeys = (key: string) => [bucketKey(key), bucketTailKey(key), bucketCountsKey(key)];

/**
 * A surname bucket as read: its rows (the bucket's, then its tail's) with their current counts; `head`, how many
 * are the bucket's; and the sums of the counts the bucket value (`headBase`) and both values (`base`) hold.
 */
export interface StoredBucket {
  rows: PersonRow[];
  head: number;
  headBase: number;
  base: number;
}

/** A bucket from its three stored values; the counts value is used only when it matches them (see bucketCountsCodec). */
export function storedBucket(key: string, raw: readonly unknown[], logger?: InvalidValueLog): StoredBucket {
  const head = bucketCodec.decode(bucketKey(key), raw[0]) ?? [];
  const tail = bucketCodec.decode(bucketTailKey(key), raw[1]) ?? [];
  const rows = tail.length > 0 ? [...head, ...tail] : head;
  let headBase = 0;
  for (const r of head) headBase += r.articleCount;
  let base = headBase;
  for (const r of tail) base += r.articleCount;
  const counts = decodeOrSkip(bucketCountsCodec, bucketCountsKey(key), raw[2], logger);
  // The rows were just parsed and are this reader's own: counted in place (a bucket grows with the cast).
  if (counts && counts.base === base && counts.n.length === rows.length) rows.forEach((r, i) => (r.articleCount = counts.n[i]!));
  return { rows, head: head.length, headBase, base };
}


/** Keys per read: sqlite takes them as one JSON parameter, but a migration of 100k people is split up. */
const READ_CHUNK = 5000;

export type Write = { key: string; value: unknown };

export async function getManyChunked(kv: Keyv, keys: readonly string[]): Promise<unknown[]> {
  const out: unknown[] = [];
  for (let i = 0; i < keys.length; i += READ_CHUNK) out.push(...(await kv.getMany<unknown>(keys.slice(i, i + READ_CHUNK))));
  return out;
}

/**
 * The writes that bring the name index up to date with a batch's changes: the changed rows, the
 * postings that gain or re-rank someone (read first), and the vocabulary of tokens seen for the first
 * time (a token is new when it has no posting yet). All additive, so a replay rewrites the same values.
 */
export async function nameIndexWrites(kv: Keyv, changes: DirectoryChanges, logger?: InvalidValueLog): Promise<Write[]> {
  const writes: Write[] = changes.rows.map((row) => ({ key: rowKey(row[0]), value: rowCodec.encode(row) }));
  const tokens = [...changes.postings.keys()];
  if (tokens.length === 0) return writes;
  const keys = tokens.map((t) => namesKey(postingKey(t)));
  const stored = await getManyChunked(kv, keys);
  const fresh: string[] = [];
  tokens.forEach((token, i) => {
    const before = decodeOrSkip(postingCodec, keys[i]!, stored[i], logger);
    if (!before) fresh.push(token);
    let posting: Posting = before ?? [];
    let changed = false;
    for (const { id, count } of changes.postings.get(token)!) {
      const next = withPerson(posting, id, count);
      if (next) [posting, changed] = [next, true];
    }
    if (changed) writes.push({ key: keys[i]!, value: postingCodec.encode(posting) });
  });
  return [...writes, ...(await vocabularyWrites(kv, fresh, logger))];
}

/** Files new tokens under their vocabulary keys (read, merged, capped). */
export async function vocabularyWrites(kv: Keyv, tokens: readonly string[], logger?: InvalidValueLog): Promise<Write[]> {
  const byKey = new Map<string, string[]>();
  for (const token of tokens) {
    for (const key of vocabularyKeys(token)) {
      const list = byKey.get(key) ?? [];
      list.push(token);
      byKey.set(key, list);
    }
  }
  const keys = [...byKey.keys()];
  const stored = await getManyChunked(kv, keys.map(namesKey));
  const writes: Write[] = [];
  keys.forEach((key, i) => {
    let list = decodeOrSkip(vocabularyCodec, namesKey(key), stored[i], logger) ?? [];
    let changed = false;
    for (const token of byKey.get(key)!) {
      const next = withToken(list, token);
      if (next) [list, changed] = [next, true];
    }
    if (changed) writes.push({ key: namesKey(key), value: vocabularyCodec.encode(list) });
  });
  return writes;
}

const RANK: Record<MatchKind, number> = { exact: 0, key: 1, typo: 2, prefix: 3 };
/** Per query: tokens whose postings are read, surname buckets read whole, and people scored. */
const MAX_FOLLOWED_TOKENS = 24;
const MAX_BUCKETS = 2;
const MAX_CANDIDATES = 200;

/**
 * The people a slow-path query could mean, as rows to score: three reads at most. 1. its probe keys
 * (postings and vocabulary); 2. the postings of the tokens found and, for tokens matching the query's
 * last word, their surname buckets (complete, where postings are capped: "Jon Smiht" finds that Jon
 * Smith among thousands of Smiths); 3. the rows of the people in those postings.
 */
export async function candidateRows(
  kv: Keyv,
  query: string,
  readBuckets: ReadonlyMap<string, readonly PersonRow[]>,
  readSurnameRows: (surnames: readonly string[]) => Promise<ReadonlyMap<string, readonly PersonRow[]>>,
  logger?: InvalidValueLog,
): Promise<DirectoryRow[]> {
  const probes = queryProbes(query);
  const probeKeys = [...new Set(probes.flatMap((p) => [...p.postings, ...p.vocabulary].map((k) => k.key)))];
  if (probeKeys.length === 0) return [];
  const first = new Map(probeKeys.map((k, i) => [k, i]));
  const values: unknown[] = await kv.getMany(probeKeys.map(namesKey));
  const value = (key: string): unknown => values[first.get(key)!];

  // Each stored token found, with its best kind of match and the query words it matches.
  const found = new Map<string, { rank: number; words: Set<number> }>();
  const note = (token: string, kind: MatchKind, word: number) => {
    const seen = found.get(token) ?? { rank: Infinity, words: new Set<number>() };
    seen.rank = Math.min(seen.rank, RANK[kind]);
    seen.words.add(word);
    found.set(token, seen);
  };
  const postings = new Map<string, Posting>();
  probes.forEach((probe, word) => {
    for (const { key, kind } of probe.postings) {
      const posting = decodeOrSkip(postingCodec, namesKey(key), value(key), logger);
      if (!posting) continue;
      postings.set(key.slice(2), posting);
      note(key.slice(2), kind, word);
    }
    for (const { key, kind } of probe.vocabulary) {
      for (const token of decodeOrSkip(vocabularyCodec, namesKey(key), value(key), logger) ?? []) note(token, kind, word);
    }
  });
  const lastWord = probes.length - 1;
  const ordered = [...found].sort((a, b) => a[1].rank - b[1].rank).map(([token, f]) => ({ token, ...f, last: f.words.has(lastWord) }));

  const follow = ordered.filter((t) => !postings.has(t.token)).slice(0, MAX_FOLLOWED_TOKENS).map((t) => t.token);
  const buckets = [...new Set(ordered.filter((t) => t.last).map((t) => phoneticKey(t.token)))].slice(0, MAX_BUCKETS);
  const unread = buckets.filter((b) => !readBuckets.has(b));
  const [second, unreadRows] = await Promise.all([
    kv.getMany<unknown>(follow.map((t) => namesKey(postingKey(t)))),
    unread.length > 0 ? readSurnameRows(unread) : new Map<string, readonly PersonRow[]>(),
  ]);
  follow.forEach((token, i) => {
    const posting = decodeOrSkip(postingCodec, namesKey(postingKey(token)), second[i], logger);
    if (posting) postings.set(token, posting);
  });
  const bucketRows = new Map<string, DirectoryRow>();
  buckets.forEach((b) => {
    const rows = readBuckets.get(b) ?? unreadRows.get(b) ?? [];
    for (const r of rows) bucketRows.set(r.id, { id: r.id, name: r.name, aliases: r.forms.filter((f) => f !== r.name), articleCount: r.articleCount });
  });

  // nameMatchScore stays under SUGGEST when any query word matches none of a person's names, so only
  // people in a posting of every word are worth a row (a rare full name is in its surname bucket).
  const byWord = probes.map(() => new Set<string>());
  for (const { token, words } of ordered) for (const [id] of postings.get(token) ?? []) for (const w of words) byWord[w]!.add(id);
  const ids: string[] = [];
  const chosen = new Set(bucketRows.keys());
  for (const { token } of ordered) {
    for (const [id] of postings.get(token) ?? []) {
      if (chosen.size >= MAX_CANDIDATES) break;
      if (chosen.has(id) || !byWord.every((ids) => ids.has(id))) continue;
      chosen.add(id);
      ids.push(id);
    }
  }
  const stored = ids.length > 0 ? await kv.getMany(ids.map(rowKey)) : [];
  const rows = stored.flatMap((raw, i) => {
    const row = decodeOrSkip(rowCodec, rowKey(ids[i]!), raw, logger);
    return row ? directoryRows([row]) : [];
  });
  return [...bucketRows.values(), ...rows];
}
