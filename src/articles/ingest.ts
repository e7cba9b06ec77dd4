// Ingest: build records, merge duplicates into the record already stored (one story, every outlet that carried
// it), and write new ones through the journal so a crash at any point leaves either nothing or a complete,
// indexed record, counted once.
import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { ArticleStore } from '../store/article-store.port.js';
import type { IngestBatch, IngestJournal } from '../store/ingest-journal.port.js';
import type { PeopleIndex } from '../store/people-index.port.js';
import type { WriterLock } from '../store/writer-lock.port.js';
import { buildRecord, type BuildOutcome } from './build-record.js';
import { dedupeUrl, sortOutDuplicates, type FreshRecord, type PendingMerge, type SortedResult } from './ingest-duplicates.js';
import { createNearDuplicateWindow } from './near-duplicate-window.js';
import type { ArticleRecord } from './record.js';
import { mergeDuplicate } from './wire-merge.js';

export interface IngestInput {
  name: string;
  bytes: Uint8Array;
  /** Already built from `bytes` (the inbox builds big files in a worker thread); used instead of building again. */
  built?: BuildOutcome;
  /**
   * The fetched source it came from (record.fromSources) and, for a chat's own source, that chat: its trust scope
   * (record.scope; any user can add a chat source, so its content only merges into that chat's records, or by exact
   * copy). Absent for a file (the pool).
   */
  origin?: { sourceId: string; chatId?: number };
}

/**
 * A duplicate (the same content hash, the same canonical URL, or a wire copy from another outlet within
 * WIRE_WINDOW_HOURS: `duplicateOf`) is merged into the stored record `id`: `merged` says whether that record
 * gained an outlet (alsoIn) or an origin (fromSources). `record` is the copy as built, not stored.
 */
export type IngestResult = SortedResult;

export interface Ingestor {
  /**
   * Cleans and stores, a batch at a time. Throws StoreBusyError (writer-lock.port.ts) when another
   * process keeps the store's writer lock past its bound; batches before it stay committed.
   */
  ingest(inputs: readonly IngestInput[], options?: { dryRun?: boolean }): Promise<IngestResult[]>;
  /** Finishes a batch a crash interrupted. Call once at start-up, before serving. */
  recover(): Promise<number>;
}

const BATCH = 256;

type Built = { input: IngestInput; outcome: BuildOutcome };

export function createIngestor(deps: {
  articles: ArticleStore;
  people: PeopleIndex;
  journal: IngestJournal;
  lock: WriterLock;
  clock: Clock;
  maxBytes: number;
}): Ingestor {
  const { articles, people, journal, lock, clock, maxBytes } = deps;
  // The records of the last 72 hours that a wire copy may be merged into (seeded on the first batch).
  const wires = createNearDuplicateWindow(articles);

  // After the journal: the people (entries marked with the batch, with their surname buckets, in one
  // write; then the directory, only when someone is new or renamed), then publishing (log chunks, log
  // head, /latest, url keys, hash keys last), then the journal is deleted. Every step is idempotent for its batch.
  // /who is everyone's, so only pool records feed it (as /latest: keyv-article-store.ts); a chat's record joins
  // when a pool copy takes it over (commit, below).
  const index = async (batch: IngestBatch, records: readonly ArticleRecord[]) => {
    await people.indexArticles(records.filter((r) => r.scope === undefined), batch.id);
    await articles.publish(records);
    await journal.end();
  };
  /** A batch some process began and never ended (a crash): finished before anything else is written. */
  const finishPending = async (): Promise<number> => {
    const pending = await journal.pending();
    if (!pending) return 0;
    const records = await articles.getMany(pending.ids);
    await index(pending, records);
    return records.length;
  };
  // The write order of a batch (under the lock, after any pending batch is finished and the dedupe
  // read): 1. article records (invisible until published), 2. the journal of their ids, 3. the indexes
  // as in `index` above. So the journal is second, not first: it only holds ids of records already written.
  // 4. Merges into records stored before this batch: each is one key re-written in place (old or new after a
  // crash, never half), already published, so it is not journalled and never re-published (no double count).
  // A crash before 4 loses only the new outlet names; the copy is a duplicate again on retry and merges then.
  // 5. The people of chat records a pool copy took over (never indexed before, so a new batch id is safe); a crash
  // between 4 and 5 leaves that one story out of /who, never counted twice.
  const commit = async (records: readonly ArticleRecord[], merged: readonly ArticleRecord[], joinedPool: readonly ArticleRecord[]) => {
    if (records.length > 0) {
      const batch: IngestBatch = { id: randomUUID(), ids: records.map((r) => r.id) };
      await articles.putRecords(records);
      await journal.begin(batch);
      await index(batch, records);
    }
    await articles.rewrite(merged);
    if (joinedPool.length > 0) await people.indexArticles(joinedPool, randomUUID());
  };

  const ingestBatch = async (inputs: readonly IngestInput[], dryRun: boolean): Promise<IngestResult[]> => {
    const now = clock.now();
    // Cleaning is the slow part, so it runs before the lock is taken.
    const built = inputs.map((input) => ({ input, outcome: input.built ?? buildRecord(input.bytes, { now, maxBytes, fileName: input.name }) }));
    if (dryRun) {
      // Read-only: what a real run would decide against the store as it is now (nothing is written).
      await wires.catchUp(now, { readOnly: true });
      return applyMerges(await sortOut(built)).results;
    }
    return lock.withLock(async () => {
      await finishPending();
      // Dedupe is decided under the lock: no other writer can store these hashes or URLs until we are done.
      await wires.catchUp(now);
      const sorted = await sortOut(built);
      const { results, fresh, merged } = applyMerges(sorted);
      const joinedPool = merged.filter((r) => r.scope === undefined && sorted.stored.get(r.id)?.scope !== undefined);
      await commit(fresh.map((f) => f.record), merged, joinedPool);
      await wires.added(fresh);
      await wires.rewritten(merged);
      return results;
    });
  };
  /**
   * One read each for the batch's hashes and URLs (each URL in its copy's scope's index), one for the records they
   * name (their scopes decide whether a URL hit counts), then the decision (ingest-duplicates.ts), then one read for
   * the wire-copy targets not loaded yet.
   */
  const sortOut = async (built: readonly Built[]) => {
    const records = built.flatMap(({ input, outcome }) => (outcome.ok ? [{ record: outcome.record, scope: input.origin?.chatId }] : []));
    const hashes = records.map((r) => r.record.contentHash);
    const byScope = new Map<number | undefined, string[]>();
    for (const { record, scope } of records) {
      if (!record.url || !dedupeUrl(record.url)) continue;
      const urls = byScope.get(scope) ?? [];
      urls.push(record.url);
      byScope.set(scope, urls);
    }
    const scopeKey = (url: string, scope: number | undefined) => `${scope ?? 'pool'} ${url}`;
    const [hashIds, urlIds] = await Promise.all([
      articles.idsForHashes(hashes),
      Promise.all([...byScope].map(async ([scope, urls]) => {
        const ids = await articles.idsForUrls(urls, scope);
        return urls.map((url, i): [string, string | undefined] => [scopeKey(url, scope), ids[i]]);
      })),
    ]);
    const byUrl = new Map(urlIds.flat());
    const found = [...new Set([...hashIds, ...byUrl.values()].filter((id): id is string => id !== undefined))];
    const stored = new Map((await articles.getMany(found)).map((r) => [r.id, r]));
    const sorted = sortOutDuplicates(built, {
      byHash: new Map(hashes.map((h, i) => [h, hashIds[i]])),
      byUrl: (url, scope) => byUrl.get(scopeKey(url, scope)),
      storedScope: (id) => {
        const record = stored.get(id);
        return record && { scope: record.scope };
      },
      window: wires,
    });
    const freshIds = new Set(sorted.fresh.map((f) => f.id));
    const more = [...new Set(sorted.merges.map((m) => m.targetId))].filter((id) => !freshIds.has(id) && !stored.has(id));
    for (const record of await articles.getMany(more)) stored.set(record.id, record);
    return { ...sorted, stored };
  };

  return {
    async ingest(inputs, options = {}) {
      const results: IngestResult[] = [];
      for (let i = 0; i < inputs.length; i += BATCH) {
        results.push(...(await ingestBatch(inputs.slice(i, i + BATCH), options.dryRun ?? false)));
      }
      return results;
    },
    async recover() {
      // The common case (nothing pending) takes no lock, so read-only commands never wait.
      if (!(await journal.pending())) return 0;
      return lock.withLock(finishPending);
    },
  };
}

/**
 * Folds each copy into its target: a fresh record of this batch (written with the outlets it gathered) or a
 * stored one (re-written only when it gained something). Results of fresh records show them as they are stored.
 */
function applyMerges(sorted: {
  results: SortedResult[];
  fresh: FreshRecord[];
  merges: PendingMerge[];
  stored: ReadonlyMap<string, ArticleRecord>;
}): { results: SortedResult[]; fresh: FreshRecord[]; merged: ArticleRecord[] } {
  const fresh = new Map(sorted.fresh.map((f) => [f.id, { ...f }]));
  const changed = new Map<string, ArticleRecord>();
  const results = [...sorted.results];
  for (const merge of sorted.merges) {
    const target = fresh.get(merge.targetId)?.record ?? changed.get(merge.targetId) ?? sorted.stored.get(merge.targetId);
    // An unreadable stored record (skipped by the store, logged) gains nothing: the copy is still a duplicate.
    const next = target && mergeDuplicate(target, merge.newcomer, merge.origin, merge.kind);
    if (!next) continue;
    const own = fresh.get(merge.targetId);
    // A fresh record a pool copy took over (wire-merge.ts) joins the window with its new outlet and scope.
    if (own) Object.assign(own, { record: next, outlet: next.source.name, scope: next.scope });
    else changed.set(merge.targetId, next);
    const result = results[merge.at];
    if (result?.status === 'duplicate') results[merge.at] = { ...result, merged: true };
  }
  const final = results.map((r) => (r.status === 'stored' ? { ...r, record: fresh.get(r.record.id)?.record ?? r.record } : r));
  return { results: final, fresh: [...fresh.values()], merged: [...changed.values()] };
}
