// The digest ledger: what each chat was sent on each local day (the key for "never twice").
import type Keyv from 'keyv';
import { z } from 'zod';
import { isoDateTime } from '../articles/record.js';

export const ledgerEntrySchema = z.object({
  chatId: z.number().int(),
  /** The chat's local calendar day, YYYY-MM-DD. */
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  eventIds: z.array(z.string()),
  messageCount: z.number().int().nonnegative(),
  sentAt: isoDateTime,
});
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;

export interface DigestLedger {
  get(chatId: number, day: string): Promise<LedgerEntry | undefined>;
  record(entry: LedgerEntry): Promise<void>;
}

export function createKeyvDigestLedger(kv: Keyv): DigestLedger {
  return {
    async get(chatId, day) {
      const parsed = ledgerEntrySchema.safeParse(await kv.get(`ledger:${chatId}:${day}`));
      return parsed.success ? parsed.data : undefined;
    },
    async record(entry) {
      const valid = ledgerEntrySchema.parse(entry);
      await kv.set(`ledger:${valid.chatId}:${valid.day}`, valid);
    },
  };
}
