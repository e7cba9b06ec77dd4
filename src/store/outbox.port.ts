// The durable outbox: each (chat, local day) digest is stored, rendered, before the first send,
// and its progress (the next message to send) is saved after every message, the last one included: that save is
// the one store write a delivered message costs. The ledger entry and the item's removal follow in batches
// (src/delivery/finish-batch.ts); an item saved as fully sent is finished by whoever opens it next, without
// sending (the in-process sender also just removes one whose day the ledger already has). A restart resumes where
// it stopped; at most the one message in flight at a crash can go out twice.
// The contract delivery (src/delivery) sends from; keyv-outbox.ts implements it. It lives with the
// other store ports, so a new backend finds everything it must implement in one folder.
import { z } from 'zod';
import { isoDateTime } from '../articles/record.js';

export const outboxItemSchema = z.object({
  chatId: z.number().int(),
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  chatKind: z.enum(['private', 'group', 'channel']),
  threadId: z.number().int().optional(),
  messages: z.array(z.string().min(1)).min(1),
  /** Indexes of messages that are plain text (a refused HTML message's pieces): sent without parse_mode. Absent in older items. */
  plain: z.array(z.number().int().nonnegative()).optional(),
  /** Index of the next message to send; messages before it were delivered. */
  next: z.number().int().nonnegative(),
  /** Events in this digest and their article counts (to mark later growth as an update). */
  events: z.record(z.string(), z.number().int()),
  attempts: z.number().int().nonnegative(),
  createdAt: isoDateTime,
});
export type OutboxItem = z.infer<typeof outboxItemSchema>;

export interface Outbox {
  /** Adds items (skipping any (chat, day) already present) and returns those added. */
  enqueue(items: readonly OutboxItem[]): Promise<OutboxItem[]>;
  open(): Promise<OutboxItem[]>;
  has(chatId: number, day: string): Promise<boolean>;
  /** The item as last saved (its progress), or undefined when finished or unreadable. */
  get(chatId: number, day: string): Promise<OutboxItem | undefined>;
  save(item: OutboxItem): Promise<void>;
  /** Moves an item to another chat id (a group upgraded to a supergroup). */
  retarget(item: OutboxItem, toChatId: number): Promise<OutboxItem>;
  /** Done (the ledger already has it): the item goes; the open list is compacted later. */
  finish(item: OutboxItem): Promise<void>;
  /** finish() for many items in one write (the sender's batched finishes). */
  finishMany(items: readonly OutboxItem[]): Promise<void>;
  /** Drops finished ids from the open list. */
  compact(): Promise<void>;
}

/** An item's id: one per (chat, local day). */
export const outboxId = (chatId: number, day: string) => `${chatId}:${day}`;
