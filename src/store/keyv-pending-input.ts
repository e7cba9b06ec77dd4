// Pending settings questions in keyv. Key (namespace nb): pending:<chatId>:<userId>. A stored value
// that no longer fits the schema reads as "no question open" (the user just asks again).
import type Keyv from 'keyv';
import { pendingInputSchema, type PendingInputStore } from '../subscriptions/pending-input.port.js';

export function createKeyvPendingInputStore(kv: Keyv): PendingInputStore {
  const key = (chatId: number, userId: number) => `pending:${chatId}:${userId}`;
  return {
    async get(chatId, userId, now) {
      const parsed = pendingInputSchema.safeParse(await kv.get(key(chatId, userId)));
      if (!parsed.success || parsed.data.expiresAt <= now.toISOString()) return undefined;
      return parsed.data;
    },
    async set(chatId, userId, input) {
      await kv.set(key(chatId, userId), pendingInputSchema.parse(input));
    },
    async clear(chatId, userId) {
      await kv.delete(key(chatId, userId));
    },
  };
}
