// The ingest journal: the batch being indexed, so a crash mid-batch is finished by the next
// writer (at start-up, or before the next batch). keyv-ingest-journal.ts implements it.

/** One ingest batch: `id` marks what it has already folded into the indexes (see PeopleIndex). */
export interface IngestBatch {
  id: string;
  /** Its article ids, in ingestion order; the records themselves are written before the journal. */
  ids: string[];
}

export interface IngestJournal {
  begin(batch: IngestBatch): Promise<void>;
  end(): Promise<void>;
  /** A batch that was begun but never ended (a crash, or a failed write), to be finished. */
  pending(): Promise<IngestBatch | undefined>;
}
