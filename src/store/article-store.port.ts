// What the app needs from article storage; keyv-article-store.ts implements it.
import type { ArticleRecord } from '../articles/record.js';

export interface LatestEntry {
  id: string;
  /** Absent for an article whose date is unknown: it ranks by ingestedAt instead. */
  publishedAt?: string;
  ingestedAt: string;
}

export interface ArticleStore {
  get(id: string): Promise<ArticleRecord | undefined>;
  getMany(ids: readonly string[]): Promise<ArticleRecord[]>;
  /** The id stored under this content hash, if any (the dedupe check). */
  idForHash(contentHash: string): Promise<string | undefined>;
  /** idForHash for many hashes in one read (same order; undefined where not stored). */
  idsForHashes(contentHashes: readonly string[]): Promise<(string | undefined)[]>;
  /**
   * Writes the records themselves (`get` finds them), without publishing them: they are not yet
   * in /latest, the arrivals log or the dedupe index. Step one of ingest.
   */
  putRecords(records: readonly ArticleRecord[]): Promise<void>;
  /** Adds already written records to the arrivals log, /latest and the dedupe index. Idempotent. */
  publish(records: readonly ArticleRecord[]): Promise<void>;
  /** putRecords then publish. */
  putMany(records: readonly ArticleRecord[]): Promise<void>;
  /** Newest by publication date, undated articles by their ingestion time (ties: newest ingestion first). */
  latest(limit: number): Promise<ArticleRecord[]>;
  /** Ids of articles ingested at or after `since`, oldest first. */
  idsIngestedSince(since: Date): Promise<string[]>;
  count(): Promise<number>;
}
