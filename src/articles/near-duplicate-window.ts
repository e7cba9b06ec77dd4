// The wire copies ingest can merge into: a near-duplicate index (near-duplicate.ts) of the records ingested in
// the last WIRE_WINDOW_HOURS, in memory. Seeded from the store on first use, then kept up by the ingestor's own
// commits and, under the writer lock, by catching up on what other processes stored. Each entry knows its record's
// trust scope (record.scope), so a wire copy is matched only against records of its own scope.
import type { ArticleStore } from '../store/article-store.port.js';
import type { MinHashSignature } from './minhash.js';
import { createNearDuplicateIndex, type NearDuplicateIndex, type NearDuplicateMatch } from './near-duplicate.js';
import type { ArticleRecord } from './record.js';
import { carriedBy, nearDuplicateText } from './wire-merge.js';

/** A wire story is re-published within hours; after three days a similar text is news of its own. */
export const WIRE_WINDOW_HOURS = 72;
const WINDOW_MS = WIRE_WINDOW_HOURS * 3_600_000;
/**
 * And at most this many records (the newest): an entry (signature, LSH bands, the map rows) is about 3 KB of heap,
 * so 20,000 hold ~60 MB. At 25,000 articles a day the window is then ~19 hours, still hours more than wire copies
 * take to spread; below ~6,700 a day it is the full 72 hours. Without it the 100k-article bench held 350 MB more.
 * A seed reads at most this many of the log's newest records, so the store deletes the wire entries of those more
 * than twice this many behind the log's head (WIRE_KEPT_ENTRIES, keyv-article-store.ts): raising it raises that too.
 */
export const WIRE_WINDOW_MAX_ENTRIES = 20_000;
/**
 * Another process's batch is stamped (ingestedAt) when it is built, before it waits for the lock (30 s at most)
 * and commits: catching up re-reads this much before the last catch-up, so such a batch is still seen.
 */
const CATCH_UP_OVERLAP_MS = 10 * 60_000;
/**
 * LSH at ingest: 32 bands of 4 rows (the module's default is 64 × 2), the match rule itself unchanged. Measured on
 * cleaned records (title + paragraphs): 64 × 2 makes so many low-Jaccard pairs candidates that the containment rule
 * joined 9 lead extracts with other same-topic stories (32 × 4: none), and on the bench's templated articles (median
 * Jaccard 0.08) a query checked a third of the index (0.82 ms at 3,000 entries; 32 × 4: 0.04 ms). Cut copies found:
 * 60 → 59 of 60; ECB+ same-event joins 20 → 17, no false join either way.
 */
export const WIRE_LSH_BANDS = 32;

/** A near-duplicate index as ingest uses it (the window's, and each batch's own). */
export const createWireIndex = (): NearDuplicateIndex => createNearDuplicateIndex({ bands: WIRE_LSH_BANDS });

export interface WireCandidate {
  id: string;
  signature: MinHashSignature;
  /** The record's own outlet (source.name): a wire copy comes from another outlet. */
  outlet: string;
  ingestedAt: string;
  /** The record's trust scope (record.scope): a wire copy merges only into a record of its own scope. */
  scope: number | undefined;
}

/** What a candidate match is checked by: its outlet and scope. */
export type WireEntry = Pick<WireCandidate, 'outlet' | 'scope'>;

export interface NearDuplicateWindow {
  /**
   * Seeds the index on first call, then adds what others stored since. Call under the writer lock, or with
   * `readOnly` (a dry run: records without a stored entry are signed but their entries not written).
   */
  catchUp(now: Date, options?: { readOnly?: boolean }): Promise<void>;
  signature(record: ArticleRecord): MinHashSignature;
  /**
   * The best match for a newcomer among the window's records of its scope (`scope`: absent for the pool), skipping
   * those of the newcomer's own outlet.
   */
  find(newcomer: ArticleRecord, signature: MinHashSignature, scope: number | undefined): NearDuplicateMatch | undefined;
  /** Records this process just committed (already published). */
  added(records: readonly WireCandidate[]): Promise<void>;
  /**
   * Records this process re-wrote (merges): a chat-scoped record a pool copy took over is in the pool now. Another
   * process's takeover is not seen until this one restarts: its entry stays labelled with the chat, which only ever
   * keeps pool copies away from it (the safe side: a record is never labelled pool while it is a chat's).
   */
  rewritten(records: readonly ArticleRecord[]): Promise<void>;
  readonly size: number;
}

/**
 * Near-duplicates by the documented rule, only across outlets: one outlet's own series (round 5 and round 6 of
 * the same talks, a daily market report) share most of their text and are still different stories.
 */
export function bestAcrossOutlets(
  matches: readonly NearDuplicateMatch[],
  newcomer: ArticleRecord,
  scope: number | undefined,
  entryOf: (id: string) => WireEntry | undefined,
): NearDuplicateMatch | undefined {
  return matches.find((m) => {
    const entry = entryOf(m.id);
    return entry !== undefined && entry.scope === scope && !carriedBy({ source: { name: entry.outlet } }, newcomer.source.name);
  });
}

export function createNearDuplicateWindow(articles: ArticleStore): NearDuplicateWindow {
  const index = createWireIndex();
  // id → what find needs; insertion order is ingestion order (almost), so expiry stops at the first young one.
  const entries = new Map<string, { outlet: string; ingestedAt: string; scope: number | undefined }>();
  let caughtUpAt: Date | undefined;
  // The store's log size when last looked at: unchanged means nobody else stored anything (one key read).
  let knownCount = -1;

  const addEntry = (id: string, e: Pick<WireCandidate, 'signature' | 'outlet' | 'ingestedAt' | 'scope'>) => {
    if (entries.has(id)) return;
    index.addSignature(id, e.signature);
    entries.set(id, { outlet: e.outlet, ingestedAt: e.ingestedAt, scope: e.scope });
  };
  const candidateOf = (record: ArticleRecord): WireCandidate => ({
    id: record.id,
    signature: index.signature(nearDuplicateText(record)),
    outlet: record.source.name,
    ingestedAt: record.ingestedAt,
    scope: record.scope,
  });
  // Stored entries first (one read); records without one (stored before entries were, or a lost write) are signed
  // from their text and their entries stored, so the next process reads them too.
  const load = async (ids: readonly string[], readOnly: boolean) => {
    const stored = await articles.wireEntries(ids);
    const missing: string[] = [];
    stored.forEach((entry, i) => (entry ? addEntry(ids[i]!, { ...entry, scope: entry.scope }) : missing.push(ids[i]!)));
    if (missing.length === 0) return;
    const signed = (await articles.getMany(missing)).map(candidateOf);
    for (const c of signed) addEntry(c.id, c);
    if (!readOnly) await articles.putWireEntries(signed);
  };
  const expire = (now?: Date) => {
    const oldest = now ? new Date(now.getTime() - WINDOW_MS).toISOString() : '';
    for (const [id, entry] of entries) {
      if (entry.ingestedAt >= oldest && entries.size <= WIRE_WINDOW_MAX_ENTRIES) break;
      entries.delete(id);
      index.remove(id);
    }
  };

  return {
    async catchUp(now, options = {}) {
      const count = await articles.count();
      if (caughtUpAt && count === knownCount) return expire(now);
      // First call: the whole window (getMany of up to 3 days of records, a signature each: the start-up cost).
      const since = caughtUpAt
        ? new Date(Math.max(caughtUpAt.getTime() - CATCH_UP_OVERLAP_MS, now.getTime() - WINDOW_MS))
        : new Date(now.getTime() - WINDOW_MS);
      const ids = (await articles.idsIngestedSince(since, { limit: WIRE_WINDOW_MAX_ENTRIES })).filter((id) => !entries.has(id));
      await load(ids, options.readOnly ?? false);
      caughtUpAt = now;
      knownCount = count;
      expire(now);
    },
    signature: (record) => index.signature(nearDuplicateText(record)),
    find(newcomer, signature, scope) {
      return bestAcrossOutlets(index.findSignature(signature), newcomer, scope, (id) => entries.get(id));
    },
    async added(records) {
      for (const r of records) addEntry(r.id, r);
      await articles.putWireEntries(records);
      expire();
      // Our own commit moved the log: remember where it is now, so the next catch-up reads nothing.
      if (caughtUpAt) knownCount = await articles.count();
    },
    async rewritten(records) {
      // Only a takeover changes a record's outlet or scope; its stored entry follows (re-signed: 0.1 ms, rare).
      const changed = records.filter((r) => {
        const entry = entries.get(r.id);
        return entry !== undefined && (entry.outlet !== r.source.name || entry.scope !== r.scope);
      });
      for (const r of changed) entries.set(r.id, { ...entries.get(r.id)!, outlet: r.source.name, scope: r.scope });
      await articles.putWireEntries(changed.map(candidateOf));
    },
    get size() {
      return entries.size;
    },
  };
}
