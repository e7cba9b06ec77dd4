// The ingest journal in keyv. Key (namespace nb):
//   ingest:journal   { id, ids }: the batch being indexed; deleted once it is fully published
// The records themselves are written first (article:<id>), so the journal stays small.
// Reading: checked whole by its schema (one small key). A value of another shape throws
// StoredValueError naming the key, at start-up's recover(): an interrupted batch is never dropped
// silently. (Deleting the key drops it; ingesting the same files again then stores them.)
import type Keyv from 'keyv';
import { z } from 'zod';
import type { IngestBatch, IngestJournal } from './ingest-journal.port.js';
import { checkedCodec } from './stored-value.js';

const journalCodec = checkedCodec(
  z.union([
    z.object({ id: z.string().min(1), ids: z.array(z.string().min(1)) }),
    // Written by versions before batch ids: replayed under an id of its own.
    z.array(z.string().min(1)).transform((ids): IngestBatch => ({ id: `legacy:${ids[0] ?? ''}`, ids })),
  ]),
);

export function createKeyvIngestJournal(kv: Keyv): IngestJournal {
  return {
    begin: async (batch) => {
      await kv.set('ingest:journal', journalCodec.encode({ id: batch.id, ids: batch.ids }));
    },
    end: async () => {
      await kv.delete('ingest:journal');
    },
    pending: async () => {
      const batch = journalCodec.decode('ingest:journal', await kv.get('ingest:journal'));
      return batch && batch.ids.length > 0 ? batch : undefined;
    },
  };
}
