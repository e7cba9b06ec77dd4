// Which articles a chat's digest draws on (pure). The rule (issue 9, "Who adds sources"):
//   - a chat with its own sources gets only articles from those, never the operator's pool;
//   - a chat without gets the pool: articles from pool sources (no chatId) and from files (inbox, CLI ingest).
// A set is read when the digest is composed, so it is what the sources are now: a removed pool source's
// old articles leave the pool digest, and a chat whose own sources all fail still gets only them (an
// empty window is the usual "nothing new"), never the pool as a stand-in.
import { createHash } from 'node:crypto';
import { FROM_FILE, type ArticleRecord } from '../src/articles/record.js';
import { fromSourcesOf } from '../src/articles/wire-merge.js';
import type { Source } from '../src/sources/source.js';

export type SourceSet =
  /** The operator's pool: every pool source id, plus FROM_FILE. */
  | { kind: 'pool'; ids: readonly string[] }
  /** One chat's own sources (never empty: a chat with none gets the pool). */
  | { kind: 'chat'; chatId: number; ids: readonly string[] };

const sortedUnique = (ids: Iterable<string>): string[] => [...new Set(ids)].sort();

/** The pool of these pool source ids, files included. */
export function poolSet(poolSourceIds: Iterable<string>): SourceSet {
  return { kind: 'pool', ids: sortedUnique([...poolSourceIds, FROM_FILE]) };
}

/** What each chat's digest draws on, from one read of every source (a tick resolves all its chats with it). */
export function sourceSets(sources: readonly Pick<Source, 'id' | 'chatId' | 'formerIds'>[]): (chatId: number | undefined) => SourceSet {
  const own = new Map<number, string[]>();
  const pool: string[] = [];
  for (const s of sources) {
    // A source's former ids (its chat moved to a supergroup) still admit the articles stored under them.
    const idsOf = [s.id, ...(s.formerIds ?? [])];
    if (s.chatId === undefined) pool.push(...idsOf);
    else {
      const ids = own.get(s.chatId) ?? [];
      ids.push(...idsOf);
      own.set(s.chatId, ids);
    }
  }
  // One object per set, so every pool chat shares it (and its memoised key and lookup).
  const poolOf = poolSet(pool);
  const chats = new Map([...own].map(([chatId, ids]): [number, SourceSet] => [chatId, { kind: 'chat', chatId, ids: sortedUnique(ids) }]));
  return (chatId) => (chatId === undefined ? undefined : chats.get(chatId)) ?? poolOf;
}

const keys = new WeakMap<SourceSet, string>();
const lookups = new WeakMap<SourceSet, ReadonlySet<string>>();

/**
 * A short stable name of the set's content: equal ids (in any order), equal key. Only ids count, not the
 * chat: a chat's source ids are its own (sourceId scopes them by chat) and the pool's alone hold FROM_FILE,
 * so no two sets of different kinds share a key.
 * @example key(poolSet(['b', 'a'])) === key(poolSet(['a', 'b']))
 */
export function key(set: SourceSet): string {
  let named = keys.get(set);
  if (named === undefined) {
    named = createHash('sha256').update(sortedUnique(set.ids).join(',')).digest('hex').slice(0, 16);
    keys.set(set, named);
  }
  return named;
}

function idsOf(set: SourceSet): ReadonlySet<string> {
  let ids = lookups.get(set);
  if (ids === undefined) {
    ids = new Set(set.ids);
    lookups.set(set, ids);
  }
  return ids;
}

/** Whether the set takes what origin `origin` (a source id, or FROM_FILE) brought: a record, an outlet. */
export function admitsOrigin(set: SourceSet, origin: string): boolean {
  return idsOf(set).has(origin);
}

/** Whether the set takes this record: one of the sources that yielded it is in the set (none recorded: a file). */
export function admits(set: SourceSet, record: Pick<ArticleRecord, 'fromSources'>): boolean {
  const ids = idsOf(set);
  const from = fromSourcesOf(record);
  return from.some((id) => ids.has(id));
}

/**
 * When the record reached the set: the earliest arrival (record.arrivals, else ingestedAt) among the origins the
 * set admits; undefined when it admits none. Without a set, ingestedAt. A story the pool stored at T0 reaches a
 * chat whose own source brings the very same copy at T0+5m at T0+5m: that chat's next digest has it.
 */
export function arrivalFor(set: SourceSet | undefined, record: Pick<ArticleRecord, 'fromSources' | 'arrivals' | 'ingestedAt'>): string | undefined {
  if (set === undefined) return record.ingestedAt;
  const ids = idsOf(set);
  let earliest: string | undefined;
  for (const origin of fromSourcesOf(record)) {
    if (!ids.has(origin)) continue;
    const at = record.arrivals?.[origin] ?? record.ingestedAt;
    if (earliest === undefined || Date.parse(at) < Date.parse(earliest)) earliest = at;
  }
  return earliest;
}
