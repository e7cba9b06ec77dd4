// The sources' port: the source records (what is fetched, its validators, health and schedule) and,
// per source, the keys of the items it has already yielded (see src/sources/seen-items.ts for the rule).
import type { Source } from '../sources/source.js';

/** undefined = every source; 'pool' = the operator's pool; a number = that chat's own sources. */
export interface SourceFilter {
  chatId?: number | 'pool';
}

export type AddSourceResult =
  | { ok: true; source: Source }
  | { ok: false; code: 'SOURCE_EXISTS'; message: string; source: Source };

export interface SourceStore {
  /** Stores a new source; one with the same id (same feed, same owner) is refused, not overwritten. */
  add(source: Source): Promise<AddSourceResult>;
  get(id: string): Promise<Source | undefined>;
  /** The first source, in list order, whose url or feedUrl is `url` (compared canonically). */
  getByUrl(url: string, filter?: SourceFilter): Promise<Source | undefined>;
  /** Oldest added first, so "/sources remove <n>" numbers stay put while nothing is added. */
  list(filter?: SourceFilter): Promise<Source[]>;
  /** Removes the source and its seen items; false when there was none. */
  remove(id: string): Promise<boolean>;
  /**
   * Read, change, write. `change` must keep id and chatId. undefined when there is no such source, also when
   * it was removed while `change` was pending (a poll finishing after /sources remove never revives it).
   * Changes (add, remove, update, moveChat) are serialised inside this process only: chat handlers run
   * concurrently and the poller shares the process. Several processes on one store come with issue 12.
   */
  update(id: string, change: (current: Source) => Source): Promise<Source | undefined>;
  /**
   * A group became a supergroup (Telegram gives it a new chat id): chat `from`'s sources become `to`'s, with
   * new ids (sourceId(feedUrl, to)), their seen keys, health and validators kept, and the old records removed.
   * A feed `to` already has wins over the moving copy. Idempotent: a second call finds nothing to move.
   * Returns how many of `from`'s sources were handled.
   */
  moveChat(from: number, to: number): Promise<number>;
  /** The sources whose nextFetchAt is at or before `now`, soonest first. */
  due(now: Date): Promise<Source[]>;
  /**
   * Remembers item keys (itemKeys()): pass the keys of EVERY item of a fetched feed, not only the new
   * ones, so items still in the feed are never forgotten (the bound drops the oldest-marked first).
   */
  markSeen(sourceId: string, keys: readonly string[]): Promise<void>;
  /**
   * The given keys not yet remembered, in order. A source never marked has seen nothing. When its stored
   * keys are unreadable every key counts as seen (one log line): the next markSeen starts over from the
   * feed, so a damaged value costs the items new in that one fetch, never a repeat of the whole feed.
   */
  unseen(sourceId: string, keys: readonly string[]): Promise<string[]>;
}
