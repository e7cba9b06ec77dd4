// Ingest: build records, drop duplicates, and write them through the journal so a crash at any
// point leaves either nothing or a complete, indexed record, counted once.
import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { ArticleStore } from '../store/article-store.port.js';
import type { IngestBatch, IngestJournal } from '../store/ingest-journal.port.js';
import type { PeopleIndex } from '../store/people-index.port.js';
import type { WriterLock } from '../store/writer-lock.port.js';
import { buildRecord, type BuildOutcome } from './build-record.js';
import type { CleanError } from './clean.js';
import type { ArticleRecord } from './record.js';

export interface IngestInput {
  name: string;
  bytes: Uint8Array;
  /** Already built from `bytes` (the inbox builds big files in a worker thread); used instead of building again. */
  built?: BuildOutcome;
}

export type IngestResult =
  | { name: string; status: 'stored'; record: ArticleRecord }
  | { name: string; status: 'duplicate'; id: string; record: ArticleRecord }
  | { name: string; status: 'failed'; error: CleanError };

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

  // After the journal: the people (entries marked with the batch, with their surname buckets, in one
  // write; then the directory, only when someone is new or renamed), then publishing (log chunks, log
  // head, /latest, hash keys last), then the journal is deleted. Every step is idempotent for its batch.
  const index = async (batch: IngestBatch, records: readonly ArticleRecord[]) => {
    await people.indexArticles(records, batch.id);
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
  const commit = async (records: readonly ArticleRecord[]) => {
    const batch: IngestBatch = { id: randomUUID(), ids: records.map((r) => r.id) };
    await articles.putRecords(records);
    await journal.begin(batch);
    await index(batch, records);
  };

  const ingestBatch = async (inputs: readonly IngestInput[], dryRun: boolean): Promise<IngestResult[]> => {
    const now = clock.now();
    // Cleaning is the slow part, so it runs before the lock is taken.
    const built = inputs.map((input) => ({ input, outcome: input.built ?? buildRecord(input.bytes, { now, maxBytes, fileName: input.name }) }));
    if (dryRun) return sortOut(built, await storedIdsOf(built));
    return lock.withLock(async () => {
      await finishPending();
      // Dedupe is decided under the lock: no other writer can store these hashes until we are done.
      const results = sortOut(built, await storedIdsOf(built));
      const fresh = results.flatMap((r) => (r.status === 'stored' ? [r.record] : []));
      if (fresh.length > 0) await commit(fresh);
      return results;
    });
  };
  const storedIdsOf = async (built: readonly Built[]): Promise<Map<string, string | undefined>> => {
    // One read for the whole batch's dedupe check.
    const hashes = built.flatMap(({ outcome }) => (outcome.ok ? [outcome.record.contentHash] : []));
    const ids = await articles.idsForHashes(hashes);
    return new Map(hashes.map((h, i) => [h, ids[i]]));
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

/** Stored, duplicate (of a stored article or of an earlier one in this batch) or failed, in input order. */
function sortOut(built: readonly Built[], stored: ReadonlyMap<string, string | undefined>): IngestResult[] {
  const fresh = new Map<string, string>();
  return built.map(({ input, outcome }): IngestResult => {
    if (!outcome.ok) return { name: input.name, status: 'failed', error: outcome.error };
    const record = outcome.record;
    const existingId = fresh.get(record.contentHash) ?? stored.get(record.contentHash);
    if (existingId) return { name: input.name, status: 'duplicate', id: existingId, record };
    fresh.set(record.contentHash, record.id);
    return { name: input.name, status: 'stored', record };
  });
}
