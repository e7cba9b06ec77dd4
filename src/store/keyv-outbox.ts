// The outbox (outbox.port.ts) in keyv. Keys (namespace nb):
//   outbox:<chatId>:<day>   OutboxItem
//   outbox:open             ids ("<chatId>:<day>") that may be open; finishing an item only deletes
//                           its key, and the list is compacted once per delivery run (not per item)
// Reading: both are small and checked whole by their schema. An unreadable item is skipped with a
// log line (one bad item must not stop every other chat's digest); a bad open list throws
// StoredValueError naming the key. Presence checks (has, enqueue, compact) only ask whether a key is set.
// enqueue, retarget and compact read-modify-write the open list, so they run under `lock`, the store's list
// lock (open-store.ts), shared by all processes on the store: a compact racing another process's enqueue must
// not drop the new id, and two processes enqueueing the same (chat, day) add it once. save and finish
// write one item's own key and take no lock; finishMany deletes many items' keys in one write. Saves asked for while
// one is being written go together in the next write (a group commit: several items in flight, fewer round trips).
import type Keyv from 'keyv';
import { z } from 'zod';
import { outboxId, outboxItemSchema, type Outbox, type OutboxItem } from './outbox.port.js';
import { createProcessWriterLock } from './process-mutex.js';
import { checkedCodec, decodeOrSkip, type InvalidValueLog } from './stored-value.js';
import type { WriterLock } from './writer-lock.port.js';

const itemCodec = checkedCodec(outboxItemSchema);
const openCodec = checkedCodec(z.array(z.string()));

export interface KeyvOutboxOptions {
  logger?: InvalidValueLog;
  /** Held around each change of the open list; the store's listLock when processes share the store (default: this process only). */
  lock?: WriterLock;
}

interface PendingSave {
  key: string;
  value: OutboxItem;
  resolve: () => void;
  reject: (error: Error) => void;
}

/**
 * Saves as a group commit: one goes at once; those asked for while it is on its way go together next, in one
 * setMany (one statement on sqlite). Each save still resolves only once its own write has landed, so a sender with
 * several items in flight keeps "saved before the next send" per item, in fewer store round trips.
 */
function createSaveGroup(kv: Keyv): (key: string, value: OutboxItem) => Promise<void> {
  let waiting: PendingSave[] = [];
  let writing = false;
  const pump = () => {
    if (writing || waiting.length === 0) return;
    writing = true;
    // One write per key: the newest value of an item saved twice meanwhile.
    const batch = [...new Map(waiting.map((p) => [p.key, p])).values()];
    const all = waiting;
    waiting = [];
    const write = batch.length === 1 ? kv.set(batch[0]!.key, batch[0]!.value) : kv.setMany(batch.map(({ key, value }) => ({ key, value })));
    write.then(
      () => {
        writing = false;
        for (const p of all) p.resolve();
        pump();
      },
      (error: unknown) => {
        writing = false;
        const failure = error instanceof Error ? error : new Error('outbox save failed', { cause: error });
        for (const p of all) p.reject(failure);
        pump();
      },
    );
  };
  return (key, value) =>
    new Promise<void>((resolve, reject) => {
      waiting.push({ key, value, resolve, reject });
      pump();
    });
}

export function createKeyvOutbox(kv: Keyv, options: KeyvOutboxOptions = {}): Outbox {
  const lock = options.lock ?? createProcessWriterLock();
  const key = (id: string) => `outbox:${id}`;
  const saveGrouped = createSaveGroup(kv);
  const openIds = async () => openCodec.decode('outbox:open', await kv.get('outbox:open')) ?? [];
  const readable = (id: string, raw: unknown): OutboxItem[] => {
    const item = decodeOrSkip(itemCodec, key(id), raw, options.logger);
    return item ? [item] : [];
  };
  return {
    enqueue: (items) =>
      items.length === 0
        ? Promise.resolve([])
        : lock.withLock(async () => {
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
          }),
    async open() {
      const ids = await openIds();
      const values = await kv.getMany(ids.map(key));
      return values.flatMap((v, i) => readable(ids[i]!, v));
    },
    async get(chatId, day) {
      const id = outboxId(chatId, day);
      return readable(id, await kv.get(key(id)))[0];
    },
    async has(chatId, day) {
      return (await kv.get(key(outboxId(chatId, day)))) !== undefined;
    },
    async save(item) {
      await saveGrouped(key(outboxId(item.chatId, item.day)), outboxItemSchema.parse(item));
    },
    retarget: (item, toChatId) =>
      lock.withLock(async () => {
        const moved = { ...item, chatId: toChatId };
        await kv.set(key(outboxId(toChatId, item.day)), moved);
        // A set: retargeting the same item twice (a repeated migration message) lists it once.
        await kv.set('outbox:open', [...new Set([...(await openIds()), outboxId(toChatId, item.day)])]);
        await kv.delete(key(outboxId(item.chatId, item.day)));
        return moved;
      }),
    async finish(item) {
      await kv.delete(key(outboxId(item.chatId, item.day)));
    },
    async finishMany(items) {
      if (items.length > 0) await kv.deleteMany(items.map((item) => key(outboxId(item.chatId, item.day))));
    },
    compact: () =>
      lock.withLock(async () => {
        const ids = await openIds();
        const values = await kv.getMany(ids.map(key));
        const still = ids.filter((_, i) => values[i] !== undefined);
        if (still.length !== ids.length) await kv.set('outbox:open', still);
      }),
  };
}
