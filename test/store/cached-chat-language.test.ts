// The per-process cache of chat languages: one store read per chat per TTL, this process's writes seen at
// once, another process's within the TTL, a bounded number of chats, and errors never cached.
import { describe, expect, it } from 'vitest';
import { cachedChatLanguages } from '../../src/store/cached-chat-language.js';
import type { ChatLanguage, ChatLanguageStore } from '../../src/store/chat-language.port.js';
import { createKeyvChatLanguageStore } from '../../src/store/keyv-chat-language.js';
import { openStore } from '../../src/store/open-store.js';

const ru: ChatLanguage = { locale: 'ru', source: 'chosen', updatedAt: '2026-12-01T09:00:00.000Z' };
const uk: ChatLanguage = { locale: 'uk', source: 'chosen', updatedAt: '2026-12-01T10:00:00.000Z' };

/** The keyv store, counting its reads. */
async function counted(): Promise<{ store: ChatLanguageStore; reads: () => number; close: () => Promise<void> }> {
  const opened = await openStore('memory://');
  const inner = createKeyvChatLanguageStore(opened.kv);
  let reads = 0;
  return {
    store: { ...inner, get: (id) => (reads++, inner.get(id)) },
    reads: () => reads,
    close: () => opened.close(),
  };
}

describe('cached chat languages', () => {
  it('when a chat is read again within the TTL then the store is not read, and after it the store is read again', async () => {
    const { store, reads, close } = await counted();
    let t = 0;
    const cached = cachedChatLanguages(store, { ttlMs: 1000, now: () => t });
    expect(await cached.get(1)).toBeUndefined();
    expect(await cached.get(1)).toBeUndefined();
    expect(reads()).toBe(1);
    // Another process writes the language: seen once the TTL has passed.
    await store.set(1, ru);
    t = 999;
    expect(await cached.get(1)).toBeUndefined();
    t = 1000;
    expect(await cached.get(1)).toEqual(ru);
    expect(reads()).toBe(2);
    await close();
  });

  it("when this process sets or moves a chat's language then the next read sees it at once", async () => {
    const { store, close } = await counted();
    const cached = cachedChatLanguages(store, { now: () => 0 });
    expect(await cached.get(-5)).toBeUndefined();
    await cached.set(-5, ru);
    expect(await cached.get(-5)).toEqual(ru);
    expect(await store.get(-5)).toEqual(ru);
    expect(await cached.get(-1005)).toBeUndefined();
    await cached.move(-5, -1005);
    expect(await cached.get(-5)).toBeUndefined();
    expect(await cached.get(-1005)).toEqual(ru);
    await cached.set(-1005, uk);
    expect(await cached.get(-1005)).toEqual(uk);
    await close();
  });

  it('when more chats are read than it holds then the least recently read leaves first', async () => {
    const { store, reads, close } = await counted();
    const cached = cachedChatLanguages(store, { max: 2, now: () => 0 });
    await cached.get(1);
    await cached.get(2);
    await cached.get(1); // 2 is now the least recently read
    await cached.get(3);
    expect(reads()).toBe(3);
    await cached.get(1);
    expect(reads()).toBe(3);
    await cached.get(2);
    expect(reads()).toBe(4);
    await close();
  });

  it('when the store fails then the error reaches the caller and nothing is cached', async () => {
    let fail = true;
    const store: ChatLanguageStore = {
      get: () => (fail ? Promise.reject(new Error('store down')) : Promise.resolve(ru)),
      set: () => Promise.resolve(),
      move: () => Promise.resolve(),
    };
    const cached = cachedChatLanguages(store, { now: () => 0 });
    await expect(cached.get(1)).rejects.toThrow('store down');
    fail = false;
    expect(await cached.get(1)).toEqual(ru);
  });
});
