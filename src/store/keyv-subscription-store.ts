// Subscriptions in keyv: sub:<chatId> per chat, and subs:index listing the chat ids.
import type Keyv from 'keyv';
import { subscriptionSchema, type Subscription, type SubscriptionStore } from '../subscriptions/subscription.js';

export function createKeyvSubscriptionStore(kv: Keyv): SubscriptionStore {
  const read = async (chatId: number): Promise<Subscription | undefined> => {
    const parsed = subscriptionSchema.safeParse(await kv.get(`sub:${chatId}`));
    return parsed.success ? parsed.data : undefined;
  };
  return {
    get: read,
    async put(subscription) {
      const valid = subscriptionSchema.parse(subscription);
      // The record first, then the index: a crash in between leaves an unindexed record that the
      // next put re-indexes, never an index entry pointing at nothing.
      await kv.set(`sub:${valid.chatId}`, valid);
      const index = (await kv.get<number[]>('subs:index')) ?? [];
      if (!index.includes(valid.chatId)) await kv.set('subs:index', [...index, valid.chatId]);
    },
    async deactivate(chatId, at) {
      const current = await read(chatId);
      if (!current) return undefined;
      const next = { ...current, active: false, updatedAt: at.toISOString() };
      await kv.set(`sub:${chatId}`, next);
      return next;
    },
    async list() {
      const index = (await kv.get<number[]>('subs:index')) ?? [];
      const values = await kv.getMany(index.map((id) => `sub:${id}`));
      return values.flatMap((v) => {
        const parsed = subscriptionSchema.safeParse(v);
        return parsed.success ? [parsed.data] : [];
      });
    },
  };
}
