// The digest ledger's port: what happened to each chat's digest on each local day (the key to
// "never twice"), plus each chat's last delivered digest (where the next window starts, and which
// events it already has, as an opaque id → article count map the briefings side reads).
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
  /**
   * When the digest was composed: the next window starts here, not at sentAt, so what arrives while
   * a digest is being delivered (minutes, in a big fan-out or a retry) is in the next one. Absent in
   * older entries (then sentAt).
   */
  composedAt: isoDateTime.optional(),
  /** Event id → article count when sent (newest first, capped). */
  events: z.record(z.string(), z.number().int()),
});
export type LastDigest = z.infer<typeof lastDigestSchema>;

/** One day to record, with the window start it moves the chat to (digest-ledger record/recordEach). */
export interface LedgerRecord {
  entry: LedgerEntry;
  last?: LastDigest;
}

export interface DigestLedger {
  get(chatId: number, day: string): Promise<LedgerEntry | undefined>;
  /** Which of these (chat, day) pairs are recorded, in one read. */
  recorded(pairs: readonly { chatId: number; day: string }[]): Promise<boolean[]>;
  /**
   * Records the day once (set-if-absent, atomic across the processes sharing the store); `last` is written with it.
   * False when the day was already recorded: nothing is written, so one (chat, day) is never recorded twice.
   */
  record(entry: LedgerEntry, last?: LastDigest): Promise<boolean>;
  /**
   * record() for many days in one write (the sender's batched finishes): each is set-if-absent, and the answer
   * says, per record, whether it was the first. A chat's window start is written from its last first record.
   * A record that fails its schema is not written and answers undefined, so one bad value never sinks the batch.
   */
  recordEach(records: readonly LedgerRecord[]): Promise<(boolean | undefined)[]>;
  /** Many entries in one write (the skipped and empty days of a tick); days already recorded are kept as they are. */
  recordMany(entries: readonly LedgerEntry[]): Promise<void>;
  lastDigest(chatIds: readonly number[]): Promise<(LastDigest | undefined)[]>;
}
