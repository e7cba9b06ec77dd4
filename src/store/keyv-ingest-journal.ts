// The ingest journal: the ids of the batch being indexed, so a crash mid-ingest is finished on
// restart. The records themselves are written first (article:<id>), so the journal stays small.
import type Keyv from 'keyv';
import { z } from 'zod';

export interface IngestJournal {
  begin(ids: readonly string[]): Promise<void>;
  end(): Promise<void>;
  /** Ids of a batch that was begun but never ended (a crash), to be replayed. */
  pending(): Promise<string[]>;
}

const idsSchema = z.array(z.string().min(1));

export function createKeyvIngestJournal(kv: Keyv): IngestJournal {
  return {
    begin: async (ids) => {
      await kv.set('ingest:journal', ids);
    },
    end: async () => {
      await kv.delete('ingest:journal');
    },
    pending: async () => {
      const parsed = idsSchema.safeParse(await kv.get('ingest:journal'));
      return parsed.success ? parsed.data : [];
    },
  };
}
