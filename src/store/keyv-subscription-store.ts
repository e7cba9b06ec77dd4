// Subscriptions in keyv. Keys (namespace nb):
//   sub:<chatId>          the record
//   subs:index            chat ids with a record (for the scheduler)
//   subs:owner:<userId>   channel chat ids a user manages from their private chat
// Records are written before index entries: a crash in between leaves an unindexed record that
// the next put re-indexes, never an index entry pointing at nothing (readers skip such ids).
// Every change (put, update, move) runs under `lock`, the store's list lock (open-store.ts), shared by all
// processes on the store: two processes adding chats must not drop one from an index, and two updates of
// one chat must not lose a change (update reads the record under the lock too). Reads take no lock.
// Reading: all small, checked whole by their schema. An unreadable record is skipped with a log
// line, as if absent (one bad record must not stop every other chat's digest); a bad index throws
// StoredValueError naming the key.
import type Keyv from 'keyv';
import { z } from 'zod';
import { subscriptionSchema, type Subscription } from '../subscriptions/subscription.js';
import type { SubscriptionStore } from '../subscriptions/subscription-store.port.js';
import { migrate } from '../subscriptions/subscription-state.js';
import { createProcessWriterLock } from './process-mutex.js';
import { checkedCodec, decodeOrSkip, type InvalidValueLog } from './stored-value.js';
import type { WriterLock } from './writer-lock.port.js';

const subscriptionCodec = checkedCodec(subscriptionSchema);
const chatIdsCodec = checkedCodec(z.array(z.number().int()));

export interface KeyvSubscriptionStoreOptions {
  logger?: InvalidValueLog;
  /** Held around each change; the store's listLock when processes share the store (default: this process only). */
  lock?: WriterLock;
}

export function createKeyvSubscriptionStore(kv: Keyv, options: KeyvSubscriptionStoreOptions = {}): SubscriptionStore {
  const lock = options.lock ?? createProcessWriterLock();
  const readable = (chatId: number, raw: unknown): Subscription | undefined => decodeOrSkip(subscriptionCodec, `sub:${chatId}`, raw, options.logger);
  const read = async (chatId: number) => readable(chatId, await kv.get(`sub:${chatId}`));
  const readMany = async (ids: readonly number[]): Promise<Subscription[]> => {
    if (ids.length === 0) return [];
    const values = await kv.getMany(ids.map((id) => `sub:${id}`));
    return values.flatMap((v, i) => readable(ids[i]!, v) ?? []);
  };
  const index = async (key: string) => chatIdsCodec.decode(key, await kv.get(key)) ?? [];
  /** addTo, removeFrom and write only under `lock`. */
  const addTo = async (key: string, id: number) => {
    const ids = await index(key);
    if (!ids.includes(id)) await kv.set(key, [...ids, id]);
  };
  const removeFrom = async (key: string, id: number) => {
    const ids = await index(key);
    if (ids.includes(id)) await kv.set(key, ids.filter((x) => x !== id));
  };
  /** The record, then its index entries. */
  const write = async (subscription: Subscription) => {
    const valid = subscriptionSchema.parse(subscription);
    await kv.set(`sub:${valid.chatId}`, valid);
    await addTo('subs:index', valid.chatId);
    if (valid.ownerUserId !== undefined) await addTo(`subs:owner:${valid.ownerUserId}`, valid.chatId);
  };

  return {
    get: read,
    put: (subscription) => lock.withLock(() => write(subscription)),
    update: (chatId, change) =>
      lock.withLock(async () => {
        const current = await read(chatId);
        if (!current) return undefined;
        const next = change(current);
        // The state machine returns the very same value when a transition doesn't apply: nothing to write.
        if (next !== current) await write(next);
        return next;
      }),
    move: (fromChatId, toChatId, at) =>
      lock.withLock(async () => {
        const current = await read(fromChatId);
        if (!current) return undefined;
        const moved = migrate(current, toChatId, at);
        // New record first, then the old one goes: a crash in between leaves both, and the next
        // migration message (Telegram repeats it) or a send to the old id finishes the move.
        await write(moved);
        await kv.delete(`sub:${fromChatId}`);
        await removeFrom('subs:index', fromChatId);
        return moved;
      }),
    async list() {
      return readMany(await index('subs:index'));
    },
    async listOwnedBy(userId) {
      const owned = await readMany(await index(`subs:owner:${userId}`));
      return owned.filter((s) => s.ownerUserId === userId);
    },
  };
}
