// The digest ledger: what happened to each chat's digest on each local day (the key to "never
// twice"), plus each chat's last delivered digest (where the next one's window starts, and which
// events it already has).
//
// Keys (namespace nb):
//   ledger:<chatId>:<day>   LedgerEntry
//   digest:last:<chatId>    LastDigest (written in the same batch as the ledger entry)
import type Keyv from 'keyv';
import { z } from 'zod';
import { isoDateTime } from '../articles/record.js';

export const ledgerEntrySchema = z.object({
  chatId: z.number().int(),
  /** The chat's local calendar day, YYYY-MM-DD. */
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** sent; empty (nothing new: nothing sent); skipped (past the catch-up window); undeliverable (blocked, gone). */
  status: z.enum(['sent', 'empty', 'skipped', 'undeliverable']).default('sent'),
  eventIds: z.array(z.string()),
  messageCount: z.number().int().nonnegative(),
  sentAt: isoDateTime,
});
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;

export const lastDigestSchema = z.object({
  sentAt: isoDateTime,
  /** Event id → article count when sent (newest first, capped). */
  events: z.record(z.string(), z.number().int()),
});
export type LastDigest = z.infer<typeof lastDigestSchema>;

const MAX_REMEMBERED_EVENTS = 300;

export interface DigestLedger {
  get(chatId: number, day: string): Promise<LedgerEntry | undefined>;
  /** Which of these (chat, day) pairs are recorded, in one read. */
  recorded(pairs: readonly { chatId: number; day: string }[]): Promise<boolean[]>;
  record(entry: LedgerEntry, last?: LastDigest): Promise<void>;
  /** Many entries in one write (the skipped and empty days of a tick). */
  recordMany(entries: readonly LedgerEntry[]): Promise<void>;
  lastDigest(chatIds: readonly number[]): Promise<(LastDigest | undefined)[]>;
}

export function createKeyvDigestLedger(kv: Keyv): DigestLedger {
  return {
    async get(chatId, day) {
      const parsed = ledgerEntrySchema.safeParse(await kv.get(`ledger:${chatId}:${day}`));
      return parsed.success ? parsed.data : undefined;
    },
    async recorded(pairs) {
      if (pairs.length === 0) return [];
      const values = await kv.getMany(pairs.map((p) => `ledger:${p.chatId}:${p.day}`));
      return values.map((v) => v !== undefined);
    },
    async record(entry, last) {
      const valid = ledgerEntrySchema.parse(entry);
      const writes: { key: string; value: unknown }[] = [{ key: `ledger:${valid.chatId}:${valid.day}`, value: valid }];
      if (last) {
        const events = Object.fromEntries(Object.entries(last.events).slice(0, MAX_REMEMBERED_EVENTS));
        writes.push({ key: `digest:last:${valid.chatId}`, value: lastDigestSchema.parse({ ...last, events }) });
      }
      // One batch: on sqlite the ledger entry and the window start land together or not at all.
      await kv.setMany(writes);
    },
    async recordMany(entries) {
      if (entries.length === 0) return;
      await kv.setMany(entries.map((e) => ledgerEntrySchema.parse(e)).map((e) => ({ key: `ledger:${e.chatId}:${e.day}`, value: e })));
    },
    async lastDigest(chatIds) {
      if (chatIds.length === 0) return [];
      const values = await kv.getMany(chatIds.map((id) => `digest:last:${id}`));
      return values.map((v) => {
        const parsed = lastDigestSchema.safeParse(v);
        return parsed.success ? parsed.data : undefined;
      });
    },
  };
}
