// The per-chat language in keyv: checked on read, moved with a group that became a supergroup.
import Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import { createKeyvChatLanguageStore } from '../../src/store/keyv-chat-language.js';

const at = '2026-11-27T09:00:00.000Z';

describe('the chat language store', () => {
  it('should keep a chat’s language under lang:<chatId>', async () => {
    const kv = new Keyv({ namespace: 'nb' });
    const store = createKeyvChatLanguageStore(kv);
    expect(await store.get(5)).toBeUndefined();
    await store.set(5, { locale: 'ru', source: 'chosen', updatedAt: at });
    expect(await kv.get('lang:5')).toEqual({ locale: 'ru', source: 'chosen', updatedAt: at });
    expect(await store.get(5)).toEqual({ locale: 'ru', source: 'chosen', updatedAt: at });
  });

  it('when a stored value has another shape then it reads as not set, with one log line naming the key', async () => {
    const kv = new Keyv({ namespace: 'nb' });
    const warnings: string[] = [];
    const store = createKeyvChatLanguageStore(kv, { logger: { warn: (fields) => void warnings.push(fields.key) } });
    await kv.set('lang:-1007', { locale: 'fr', source: 'chosen', updatedAt: at });
    expect(await store.get(-1007)).toBeUndefined();
    expect(warnings).toEqual(['lang:-1007']);
    await expect(store.set(1, { locale: 'fr' as 'en', source: 'chosen', updatedAt: at })).rejects.toThrow();
  });

  it('should move a group’s language to its supergroup, unless one was chosen there already', async () => {
    const store = createKeyvChatLanguageStore(new Keyv({ namespace: 'nb' }));
    await store.set(-1, { locale: 'be', source: 'chosen', updatedAt: at });
    await store.move(-1, -1001);
    expect(await store.get(-1)).toBeUndefined();
    expect(await store.get(-1001)).toMatchObject({ locale: 'be' });
    await store.set(-2, { locale: 'uk', source: 'chosen', updatedAt: at });
    await store.set(-1002, { locale: 'ru', source: 'chosen', updatedAt: at });
    await store.move(-2, -1002);
    expect(await store.get(-1002)).toMatchObject({ locale: 'ru' });
  });
});
