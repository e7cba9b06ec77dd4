// Pending settings questions in keyv. Key (namespace nb): pending:<chatId>:<userId>. A stored value
// that no longer fits the schema reads as "no question open" (the user just asks again), with one
// log line naming the key.
import type Keyv from 'keyv';
import { pendingInputSchema, type PendingInputStore } from '../subscriptions/pending-input.port.js';
import { checkedCodec, decodeOrSkip, type InvalidValueLog } from './stored-value.js';

const inputCodec = checkedCodec(pendingInputSchema);

export function createKeyvPendingInputStore(kv: Keyv, options: { logger?: InvalidValueLog } = {}): PendingInputStore {
  const key = (chatId: number, userId: number) => `pending:${chatId}:${userId}`;
  return {
    async get(chatId, userId, now) {
      const input = decodeOrSkip(inputCodec, key(chatId, userId), await kv.get(key(chatId, userId)), options.logger);
      return input && input.expiresAt > now.toISOString() ? input : undefined;
    },
    async set(chatId, userId, input) {
      await kv.set(key(chatId, userId), pendingInputSchema.parse(input));
    },
    async clear(chatId, userId) {
      await kv.delete(key(chatId, userId));
    },
  };
}
