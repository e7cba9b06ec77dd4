// The summary cache on keyv (the port is summary-cache.port.ts).
//
// Keys (namespace nb):
//   summary:<eventId>   { hash, sentences, storedAt }, expiring after SUMMARY_TTL_MS (events are news for days, not
//                       months). One key per event, overwritten when its content changes, so the store does not grow
//                       with every new article; a stored hash other than the one asked for is a miss.
// Reading: small, checked whole by its schema; an unreadable value reads as a miss (one log line naming the key):
// the worst case is one more request.
import type Keyv from 'keyv';
import { z } from 'zod';
import { cachedSummarySchema, type SummaryCache } from './summary-cache.port.js';
import { checkedCodec, decodeOrSkip, type InvalidValueLog } from './stored-value.js';

export const SUMMARY_TTL_MS = 30 * 24 * 3_600_000;
const storedSchema = cachedSummarySchema.extend({ hash: z.string().max(128) });
const codec = checkedCodec(storedSchema);
const key = (eventId: string) => `summary:${eventId}`;

export function createKeyvSummaryCache(kv: Keyv, options: { logger?: InvalidValueLog; ttlMs?: number } = {}): SummaryCache {
  return {
    async get(eventId, contentHash) {
      const k = key(eventId);
      const stored = decodeOrSkip(codec, k, await kv.get(k), options.logger);
      if (stored?.hash !== contentHash) return undefined;
      return { sentences: stored.sentences, storedAt: stored.storedAt };
    },
    async set(eventId, contentHash, summary) {
      const value = storedSchema.parse({ ...summary, hash: contentHash });
      await kv.set(key(eventId), value, options.ttlMs ?? SUMMARY_TTL_MS);
    },
  };
}
