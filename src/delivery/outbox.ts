// The durable outbox: each (chat, local day) digest is stored, rendered, before the first send,
// and its progress (the next message to send) is saved after every message. A restart resumes
// where it stopped; at most the one message in flight at a crash can go out twice.
//
// Keys (namespace nb):
//   outbox:<chatId>:<day>   OutboxItem
//   outbox:open             ids ("<chatId>:<day>") that may be open; finishing an item only deletes
//                           its key, and the list is compacted once per delivery run (not per item)
import type Keyv from 'keyv';
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
  save(item: OutboxItem): Promise<void>;
  /** Moves an item to another chat id (a group upgraded to a supergroup). */
  retarget(item: OutboxItem, toChatId: number): Promise<OutboxItem>;
  /** Done (the ledger already has it): the item goes; the open list is compacted later. */
  finish(item: OutboxItem): Promise<void>;
  /** Drops finished ids from the open list. */
  compact(): Promise<void>;
}

export const outboxId = (chatId: number, day: string) => `${chatId}:${day}`;

export function createKeyvOutbox(kv: Keyv): Outbox {
  const key = (id: string) => `outbox:${id}`;
  const openIds = async () => (await kv.get<string[]>('outbox:open')) ?? [];
  const parse = (v: unknown) => {
    const parsed = outboxItemSchema.safeParse(v);
    return parsed.success ? parsed.data : undefined;
  };
  return {
    async enqueue(items) {
      if (items.length === 0) return [];
      const ids = items.map((i) => outboxId(i.chatId, i.day));
      const existing = await kv.getMany(ids.map(key));
      const added = items.filter((_, i) => existing[i] === undefined);
      if (added.length === 0) return [];
      // Items first, then the open list, which also re-lists every id asked for: an item written
      // just before a crash (so skipped here as present) is listed again and not stranded.
      await kv.setMany(added.map((item) => ({ key: key(outboxId(item.chatId, item.day)), value: item })));
      const open = new Set(await openIds());
      for (const id of ids) open.add(id);
      await kv.set('outbox:open', [...open]);
      return added;
    },
    async open() {
      const ids = await openIds();
      const values = await kv.getMany(ids.map(key));
      return values.flatMap((v) => {
        const item = parse(v);
        return item ? [item] : [];
      });
    },
    async has(chatId, day) {
      return (await kv.get(key(outboxId(chatId, day)))) !== undefined;
    },
    async save(item) {
      await kv.set(key(outboxId(item.chatId, item.day)), outboxItemSchema.parse(item));
    },
    async retarget(item, toChatId) {
      const moved = { ...item, chatId: toChatId };
      await kv.set(key(outboxId(toChatId, item.day)), moved);
      await kv.set('outbox:open', [...(await openIds()), outboxId(toChatId, item.day)]);
      await kv.delete(key(outboxId(item.chatId, item.day)));
      return moved;
    },
    async finish(item) {
      await kv.delete(key(outboxId(item.chatId, item.day)));
    },
    async compact() {
      const ids = await openIds();
      const values = await kv.getMany(ids.map(key));
      const still = ids.filter((_, i) => values[i] !== undefined);
      if (still.length !== ids.length) await kv.set('outbox:open', still);
    },
  };
}
