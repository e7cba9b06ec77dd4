// Ingest: build records, drop duplicates, and write them through the journal so a crash
// at any point leaves either nothing or a complete, indexed record.
import type { Clock } from '../clock.js';
import type { ArticleStore } from '../store/article-store.port.js';
import type { IngestJournal } from '../store/keyv-ingest-journal.js';
import type { PeopleIndex } from '../store/people-index.port.js';
import { buildRecord } from './build-record.js';
import type { CleanError } from './clean.js';
import type { ArticleRecord } from './record.js';

export interface IngestInput {
  name: string;
  bytes: Uint8Array;
}

export type IngestResult =
  | { name: string; status: 'stored'; record: ArticleRecord }
  | { name: string; status: 'duplicate'; id: string; record: ArticleRecord }
  | { name: string; status: 'failed'; error: CleanError };

export interface Ingestor {
  ingest(inputs: readonly IngestInput[], options?: { dryRun?: boolean }): Promise<IngestResult[]>;
  /** Finishes a batch a crash interrupted. Call once at start-up, before serving. */
  recover(): Promise<number>;
}

const BATCH = 256;

export function createIngestor(deps: {
  articles: ArticleStore;
  people: PeopleIndex;
  journal: IngestJournal;
  clock: Clock;
  maxBytes: number;
}): Ingestor {
  const { articles, people, journal, clock, maxBytes } = deps;

  // Records first (invisible until published), then the journal of their ids, then the indexes,
  // then publishing: a crash at any step is finished by recover(), and every step is idempotent.
  const index = async (records: readonly ArticleRecord[]) => {
    await people.indexArticles(records);
    await articles.publish(records);
    await journal.end();
  };
  const commit = async (records: readonly ArticleRecord[]) => {
    await articles.putRecords(records);
    await journal.begin(records.map((r) => r.id));
    await index(records);
  };

  const ingestBatch = async (inputs: readonly IngestInput[], dryRun: boolean): Promise<IngestResult[]> => {
    const now = clock.now();
    const built = inputs.map((input) => ({ input, outcome: buildRecord(input.bytes, { now, maxBytes, fileName: input.name }) }));
    // One read for the whole batch's dedupe check.
    const hashes = built.flatMap(({ outcome }) => (outcome.ok ? [outcome.record.contentHash] : []));
    const storedIds = await articles.idsForHashes(hashes);
    const stored = new Map(hashes.map((h, i) => [h, storedIds[i]]));
    const results: IngestResult[] = [];
    const fresh = new Map<string, ArticleRecord>();
    for (const { input, outcome } of built) {
      if (!outcome.ok) {
        results.push({ name: input.name, status: 'failed', error: outcome.error });
        continue;
      }
      const record = outcome.record;
      const existingId = fresh.get(record.contentHash)?.id ?? stored.get(record.contentHash);
      if (existingId) results.push({ name: input.name, status: 'duplicate', id: existingId, record });
      else {
        fresh.set(record.contentHash, record);
        results.push({ name: input.name, status: 'stored', record });
      }
    }
    if (!dryRun && fresh.size > 0) await commit([...fresh.values()]);
    return results;
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
      const ids = await journal.pending();
      if (ids.length === 0) return 0;
      const records = await articles.getMany(ids);
      await index(records);
      return records.length;
    },
  };
}
