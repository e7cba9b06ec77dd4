// Chat languages in keyv. Key (namespace nb): lang:<chatId>. A stored value that no longer fits the
// schema reads as "not set" (the chat is answered in its users' Telegram language), with one log line.
import type Keyv from 'keyv';
import { chatLanguageSchema, type ChatLanguageStore } from './chat-language.port.js';
import { checkedCodec, decodeOrSkip, type InvalidValueLog } from './stored-value.js';

const languageCodec = checkedCodec(chatLanguageSchema);

export function createKeyvChatLanguageStore(kv: Keyv, options: { logger?: InvalidValueLog } = {}): ChatLanguageStore {
  const key = (chatId: number) => `lang:${chatId}`;
  const get = async (chatId: number) => decodeOrSkip(languageCodec, key(chatId), await kv.get(key(chatId)), options.logger);
  return {
    get,
    async set(chatId, language) {
      await kv.set(key(chatId), chatLanguageSchema.parse(language));
    },
    async move(from, to) {
      const language = await get(from);
      if (!language) return;
      // The new chat keeps a language chosen there already.
      if (!(await get(to))) await kv.set(key(to), language);
      await kv.delete(key(from));
    },
  };
}
