// What the app needs from article storage; keyv-article-store.ts implements it.
import type { MinHashSignature } from '../articles/minhash.js';
import type { ArticleRecord } from '../articles/record.js';

export interface LatestEntry {
  id: string;
  /** Absent for an article whose date is unknown: it ranks by ingestedAt instead. */
  publishedAt?: string;
  ingestedAt: string;
}

/**
 * What the wire-copy window (src/articles/near-duplicate-window.ts) keeps per record, stored so a new process seeds
 * its window by reading these instead of re-signing 20,000 records (5.8 s at start-up, under the writer lock).
 */
export interface WireEntry {
  signature: MinHashSignature;
  outlet: string;
  ingestedAt: string;
  scope?: number | undefined;
}

export interface ArticleStore {
  get(id: string): Promise<ArticleRecord | undefined>;
  getMany(ids: readonly string[]): Promise<ArticleRecord[]>;
  /** The id stored under this content hash, if any (the dedupe check). */
  idForHash(contentHash: string): Promise<string | undefined>;
  /** idForHash for many hashes in one read (same order; undefined where not stored). */
  idsForHashes(contentHashes: readonly string[]): Promise<(string | undefined)[]>;
  /**
   * The id stored under each article URL's canonical form (canonical-url.ts: tracking parameters and AMP
   * variants dropped) in one trust scope's index (`scope`: absent for the pool, else a chat id; record.scope), in
   * the same order; undefined where none is, or the URL can't be read. A record's own `url` and its same-scope
   * alsoIn outlets' links are indexed in its scope (by `publish` and `rewrite`).
   */
  idsForUrls(urls: readonly string[], scope?: number): Promise<(string | undefined)[]>;
  /**
   * Writes the records themselves (`get` finds them), without publishing them: they are not yet
   * in /latest, the arrivals log or the dedupe index. Step one of ingest.
   */
  putRecords(records: readonly ArticleRecord[]): Promise<void>;
  /** Adds already written records to the arrivals log, /latest and the dedupe indexes (URLs, then hashes). Idempotent. */
  publish(records: readonly ArticleRecord[]): Promise<void>;
  /**
   * Re-writes records that are already published (a duplicate merged into them: another outlet, another
   * origin), then indexes their URLs. The log, /latest and the hash keys are left alone, so nothing is counted
   * twice and nothing needs publishing again. Idempotent; each record is one key, so a crash leaves it old or new.
   */
  rewrite(records: readonly ArticleRecord[]): Promise<void>;
  /** putRecords then publish. */
  putMany(records: readonly ArticleRecord[]): Promise<void>;
  /** Newest by publication date, undated articles by their ingestion time (ties: newest ingestion first). */
  latest(limit: number): Promise<ArticleRecord[]>;
  /**
   * Ids of articles ingested at or after `since`, oldest first; with `limit`, only the newest that many (the log
   * is read newest first and stops there, so a far-back `since` costs no more than the limit).
   */
  idsIngestedSince(since: Date, options?: { limit?: number }): Promise<string[]>;
  count(): Promise<number>;
  /** The stored wire entries of these ids (same order; undefined where none was stored or it is unreadable). */
  wireEntries(ids: readonly string[]): Promise<(WireEntry | undefined)[]>;
  /** Stores (or replaces) wire entries. A lost write only costs re-signing that record on a later seed. */
  putWireEntries(entries: readonly (WireEntry & { id: string })[]): Promise<void>;
}
