// Subscriptions in keyv. Keys (namespace nb):
//   sub:<chatId>          the record
//   subs:index            chat ids with a record (for the scheduler)
//   subs:owner:<userId>   channel chat ids a user manages from their private chat
// Records are written before index entries: a crash in between leaves an unindexed record that
// the next put re-indexes, never an index entry pointing at nothing (readers skip such ids).
import type Keyv from 'keyv';
import { subscriptionSchema, type Subscription, type SubscriptionStore } from '../subscriptions/subscription.js';

export function createKeyvSubscriptionStore(kv: Keyv): SubscriptionStore {
  const read = async (chatId: number): Promise<Subscription | undefined> => {
    const parsed = subscriptionSchema.safeParse(await kv.get(`sub:${chatId}`));
    return parsed.success ? parsed.data : undefined;
  };
  const readMany = async (ids: readonly number[]): Promise<Subscription[]> => {
    if (ids.length === 0) return [];
    const values = await kv.getMany(ids.map((id) => `sub:${id}`));
    return values.flatMap((v) => {
      const parsed = subscriptionSchema.safeParse(v);
      return parsed.success ? [parsed.data] : [];
    });
  };
  const addTo = async (key: string, id: number) => {
    const index = (await kv.get<number[]>(key)) ?? [];
    if (!index.includes(id)) await kv.set(key, [...index, id]);
  };
  const removeFrom = async (key: string, id: number) => {
    const index = (await kv.get<number[]>(key)) ?? [];
    if (index.includes(id)) await kv.set(key, index.filter((x) => x !== id));
  };
  const put = async (subscription: Subscription) => {
    const valid = subscriptionSchema.parse(subscription);
    await kv.set(`sub:${valid.chatId}`, valid);
    await addTo('subs:index', valid.chatId);
    if (valid.ownerUserId !== undefined) await addTo(`subs:owner:${valid.ownerUserId}`, valid.chatId);
  };

  return {
    get: read,
    put,
    async update(chatId, change) {
      const current = await read(chatId);
      if (!current) return undefined;
      const next = change(current);
      await put(next);
      return next;
    },
    async move(fromChatId, toChatId, at) {
      const current = await read(fromChatId);
      if (!current) return undefined;
      const moved: Subscription = { ...current, chatId: toChatId, chatType: 'supergroup', updatedAt: at.toISOString() };
      // New record first, then the old one goes: a crash in between leaves both, and the next
      // migration message (Telegram repeats it) or a send to the old id finishes the move.
      await put(moved);
      await kv.delete(`sub:${fromChatId}`);
      await removeFrom('subs:index', fromChatId);
      return moved;
    },
    async list() {
      return readMany((await kv.get<number[]>('subs:index')) ?? []);
    },
    async listOwnedBy(userId) {
      const owned = await readMany((await kv.get<number[]>(`subs:owner:${userId}`)) ?? []);
      return owned.filter((s) => s.ownerUserId === userId);
    },
  };
}
