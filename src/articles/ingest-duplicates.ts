// Which records of a batch are new and which are another copy of a story already stored (or earlier in the
// batch): the same content hash, the same canonical URL, or a wire copy from another outlet (near-duplicate.ts).
// Decides only; ingest.ts loads the stored records and writes the merges (wire-merge.ts).
// Trust scopes (record.scope: the pool, or the one chat whose own source brought the copy): a URL or wire-copy match
// counts only within the copy's scope, so a chat's source can never put its text or outlet into a pool record (or
// another chat's); across scopes the copy is stored as a record of its own. The same content hash merges across
// scopes (identical title and body: nothing to poison).
import { canonicalUrl } from '../sources/canonical-url.js';
import type { BuildOutcome } from './build-record.js';
import type { CleanError } from './clean.js';
import type { MinHashSignature } from './minhash.js';
import type { NearDuplicateMatch } from './near-duplicate.js';
import { bestAcrossOutlets, createWireIndex, type NearDuplicateWindow, type WireCandidate, type WireEntry } from './near-duplicate-window.js';
import { FROM_FILE, type ArticleRecord } from './record.js';
import type { DuplicateKind, MergeOrigin } from './wire-merge.js';

export type SortedResult =
  | { name: string; status: 'stored'; record: ArticleRecord }
  /** `merged`: the stored record gained an outlet or an origin from this copy (false: it had them already). */
  | { name: string; status: 'duplicate'; id: string; record: ArticleRecord; duplicateOf: DuplicateKind; merged: boolean }
  | { name: string; status: 'failed'; error: CleanError };

/** A new record and what the near-duplicate window needs of it once committed. */
export interface FreshRecord extends WireCandidate {
  record: ArticleRecord;
}

/** A copy to fold into record `targetId` (stored, or fresh in this batch); `at` is its place in the results. */
export interface PendingMerge {
  at: number;
  targetId: string;
  newcomer: ArticleRecord;
  /** A source id or FROM_FILE, and its scope. */
  origin: MergeOrigin;
  kind: DuplicateKind;
}

export interface StoredLookups {
  /** contentHash → stored id. */
  byHash: ReadonlyMap<string, string | undefined>;
  /**
   * The stored id of a record's canonical URL in that scope's URL index (record.url as given; only URLs with a
   * dedupeUrl are looked up).
   */
  byUrl: (url: string, scope: number | undefined) => string | undefined;
  /**
   * The scope of a stored record a hash or URL lookup found (loaded before deciding); undefined when it could not be
   * read. A URL hit of another scope (a chat's record a pool copy took over since) is no duplicate.
   */
  storedScope: (id: string) => { scope: number | undefined } | undefined;
  window: NearDuplicateWindow;
}

export interface Sorted {
  results: SortedResult[];
  fresh: FreshRecord[];
  merges: PendingMerge[];
}

type Built = { input: { name: string; origin?: { sourceId: string; chatId?: number } }; outcome: BuildOutcome };

/**
 * The key a record's link dedupes by: its canonical form (canonical-url.ts), or undefined for a link to a site's
 * front page (some feeds give every item the home page as its link: that says nothing about which story it is).
 */
export function dedupeUrl(url: string | undefined): string | undefined {
  const canonical = url === undefined ? undefined : canonicalUrl(url);
  if (canonical === undefined) return undefined;
  const { pathname, search } = new URL(canonical);
  return pathname === '/' && search === '' ? undefined : canonical;
}

/** The record as built, stamped with where it came from (absent fromSources means a file) and its scope. */
function withOrigin(record: ArticleRecord, origin: MergeOrigin): ArticleRecord {
  return {
    ...record,
    ...(origin.id === FROM_FILE ? {} : { fromSources: [origin.id] }),
    ...(origin.scope === undefined ? {} : { scope: origin.scope }),
  };
}

/** The key of a canonical URL within a scope (the batch's own URL index). */
const scopedUrl = (canonical: string, scope: number | undefined) => `${scope ?? 'pool'} ${canonical}`;

/** Stored, duplicate or failed, in input order; hash first (cheapest, exact), then URL, then near. */
export function sortOutDuplicates(built: readonly Built[], stored: StoredLookups): Sorted {
  const results: SortedResult[] = [];
  const fresh: FreshRecord[] = [];
  const merges: PendingMerge[] = [];
  const freshByHash = new Map<string, string>();
  const freshByUrl = new Map<string, string>();
  const freshEntry = new Map<string, WireEntry>();
  const batchIndex = createWireIndex();

  const nearMatch = (record: ArticleRecord, signature: MinHashSignature, scope: number | undefined): NearDuplicateMatch | undefined => {
    const inBatch = freshEntry.size ? bestAcrossOutlets(batchIndex.findSignature(signature), record, scope, (id) => freshEntry.get(id)) : undefined;
    const inWindow = stored.window.find(record, signature, scope);
    if (!inBatch || !inWindow) return inBatch ?? inWindow;
    return inWindow.similarity > inBatch.similarity ? inWindow : inBatch;
  };

  built.forEach(({ input, outcome }, at) => {
    if (!outcome.ok) {
      results.push({ name: input.name, status: 'failed', error: outcome.error });
      return;
    }
    const origin: MergeOrigin = { id: input.origin?.sourceId ?? FROM_FILE, scope: input.origin?.chatId };
    const { scope } = origin;
    const record = outcome.record;
    const canonical = dedupeUrl(record.url);
    let duplicate: { id: string; kind: DuplicateKind } | undefined;
    const byHash = freshByHash.get(record.contentHash) ?? stored.byHash.get(record.contentHash);
    if (byHash) duplicate = { id: byHash, kind: 'hash' };
    if (!duplicate && canonical !== undefined) {
      const inBatch = freshByUrl.get(scopedUrl(canonical, scope));
      const inStore = inBatch ?? (record.url ? stored.byUrl(record.url, scope) : undefined);
      const sameScope = inBatch !== undefined || (inStore !== undefined && stored.storedScope(inStore)?.scope === scope);
      if (inStore && sameScope) duplicate = { id: inStore, kind: 'url' };
    }
    let signature: MinHashSignature | undefined;
    if (!duplicate) {
      signature = stored.window.signature(record);
      const near = nearMatch(record, signature, scope);
      if (near) duplicate = { id: near.id, kind: 'near' };
    }
    if (duplicate) {
      results.push({ name: input.name, status: 'duplicate', id: duplicate.id, record, duplicateOf: duplicate.kind, merged: false });
      merges.push({ at, targetId: duplicate.id, newcomer: record, origin, kind: duplicate.kind });
      return;
    }
    const sig = signature ?? stored.window.signature(record);
    const stamped = withOrigin(record, origin);
    freshByHash.set(record.contentHash, record.id);
    if (canonical !== undefined) freshByUrl.set(scopedUrl(canonical, scope), record.id);
    freshEntry.set(record.id, { outlet: record.source.name, scope });
    batchIndex.addSignature(record.id, sig);
    fresh.push({ record: stamped, id: record.id, signature: sig, outlet: record.source.name, ingestedAt: record.ingestedAt, scope });
    results.push({ name: input.name, status: 'stored', record: stamped });
  });
  return { results, fresh, merges };
}
