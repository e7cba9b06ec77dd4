// The ingest journal: the batch being written, so a crash mid-ingest is finished on restart.
// A record becomes visible only once every index has it; until then it sits here.
import type Keyv from 'keyv';
import { articleRecordSchema, type ArticleRecord } from '../articles/record.js';

export interface IngestJournal {
  begin(records: readonly ArticleRecord[]): Promise<void>;
  end(): Promise<void>;
  /** Records of a batch that was begun but never ended (a crash), to be replayed. */
  pending(): Promise<ArticleRecord[]>;
}

export function createKeyvIngestJournal(kv: Keyv): IngestJournal {
  return {
    begin: async (records) => {
      await kv.set('ingest:journal', records);
    },
    end: async () => {
      await kv.delete('ingest:journal');
    },
    pending: async () => {
      const value = await kv.get<unknown[]>('ingest:journal');
      if (!Array.isArray(value)) return [];
      return value.flatMap((v) => {
        const parsed = articleRecordSchema.safeParse(v);
        return parsed.success ? [parsed.data] : [];
      });
    },
  };
}
