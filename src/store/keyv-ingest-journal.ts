// The ingest journal in keyv. Key (namespace nb):
//   ingest:journal   { id, ids }: the batch being indexed; deleted once it is fully published
// The records themselves are written first (article:<id>), so the journal stays small.
import type Keyv from 'keyv';
import { z } from 'zod';
import type { IngestBatch, IngestJournal } from './ingest-journal.port.js';

export type { IngestBatch, IngestJournal } from './ingest-journal.port.js';

const batchSchema = z.union([
  z.object({ id: z.string().min(1), ids: z.array(z.string().min(1)) }),
  // Written by versions before batch ids: replayed under an id of its own.
  z.array(z.string().min(1)).transform((ids): IngestBatch => ({ id: `legacy:${ids[0] ?? ''}`, ids })),
]);

export function createKeyvIngestJournal(kv: Keyv): IngestJournal {
  return {
    begin: async (batch) => {
      await kv.set('ingest:journal', { id: batch.id, ids: batch.ids });
    },
    end: async () => {
      await kv.delete('ingest:journal');
    },
    pending: async () => {
      const parsed = batchSchema.safeParse(await kv.get('ingest:journal'));
      return parsed.success && parsed.data.ids.length > 0 ? parsed.data : undefined;
    },
  };
}
