// The grammY i18n middleware, with the chat's stored language: ctx.t speaks the language chosen for
// the chat with /language, else the sender's Telegram language_code, else the language last seen in
// this private chat, else English. A private chat's language_code is remembered (when nothing was
// chosen) so the scheduled digest, which has no sender, is written in it too. Store trouble never
// costs an answer: it is logged and the update is answered in the sender's language.
import type { I18nFlavor } from '@grammyjs/i18n';
import type { MiddlewareFn } from 'grammy';
import type { ChatLanguageStore } from '../store/chat-language.port.js';
import type { BotContext } from '../telegram/context.js';
import { localeOf, setChatLocale } from './chat-locale.js';
import { sharedI18n } from './fluent.js';
import { DEFAULT_LOCALE } from './locales.js';
import { negotiate, toLocale } from './negotiate.js';

/** The context handlers see once the middleware ran (BotContext plus grammY's i18n flavor). */
export type I18nContext = BotContext & I18nFlavor;

export interface I18nMiddlewareDeps {
  languages: ChatLanguageStore;
  clock: { now(): Date };
}

export function i18nMiddleware(deps: I18nMiddlewareDeps): MiddlewareFn<BotContext> {
  const plugin = sharedI18n().middleware();
  return async (ctx, next) => {
    const chat = ctx.chat;
    const stored = chat === undefined ? undefined : await deps.languages.get(chat.id).catch((error: unknown) => {
      ctx.log.warn({ code: 'CHAT_LANGUAGE_UNREADABLE', err: error, chatId: chat.id }, 'chat language unreadable; using the sender’s');
      return undefined;
    });
    const chosen = stored?.source === 'chosen' ? stored.locale : undefined;
    const fromTelegram = toLocale(ctx.from?.language_code);
    const locale = negotiate(chosen, fromTelegram ?? stored?.locale);
    // Only a change is written; English with nothing stored is the default already.
    const remember = fromTelegram !== undefined && stored?.locale !== fromTelegram && !(stored === undefined && fromTelegram === DEFAULT_LOCALE);
    if (chat?.type === 'private' && !chosen && remember) {
      await deps.languages.set(chat.id, { locale: fromTelegram, source: 'telegram', updatedAt: deps.clock.now().toISOString() }).catch((error: unknown) =>
        ctx.log.warn({ code: 'CHAT_LANGUAGE_NOT_SAVED', err: error, chatId: chat.id }, 'chat language not remembered'),
      );
    }
    setChatLocale(ctx, { locale, store: deps.languages });
    return plugin(ctx as I18nContext, next);
  };
}

export { localeOf };
