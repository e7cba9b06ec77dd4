// Chat languages read through a small per-process cache. Every update reads its chat's language (i18n middleware),
// and that one store read was the largest cost of the bot's own update path (bench: full stack ÷ bare grammY).
// What this process writes goes through the cache, so its own /language is seen at once; a change written by
// another process on a shared store is seen within TTL_MS. Bounded: the least recently read chat leaves first.
// Errors are not cached (the next update reads again).
import { performance } from 'node:perf_hooks';
import type { ChatLanguage, ChatLanguageStore } from './chat-language.port.js';

export const TTL_MS = 5_000;
export const MAX_CHATS = 50_000;

export function cachedChatLanguages(
  store: ChatLanguageStore,
  options: { ttlMs?: number; max?: number; now?: () => number } = {},
): ChatLanguageStore {
  const { ttlMs = TTL_MS, max = MAX_CHATS, now = () => performance.now() } = options;
  const cache = new Map<number, { language: ChatLanguage | undefined; at: number }>();
  const remember = (chatId: number, language: ChatLanguage | undefined) => {
    cache.delete(chatId);
    if (cache.size >= max) cache.delete(cache.keys().next().value!);
    cache.set(chatId, { language, at: now() });
  };
  return {
    async get(chatId) {
      const hit = cache.get(chatId);
      if (hit && now() - hit.at < ttlMs) {
        // Most recently read last, so the oldest read is the first key.
        cache.delete(chatId);
        cache.set(chatId, hit);
        return hit.language;
      }
      const language = await store.get(chatId);
      remember(chatId, language);
      return language;
    },
    async set(chatId, language) {
      cache.delete(chatId);
      await store.set(chatId, language);
      remember(chatId, language);
    },
    async move(from, to) {
      cache.delete(from);
      cache.delete(to);
      await store.move(from, to);
    },
  };
}
