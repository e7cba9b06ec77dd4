// The grammY i18n middleware, with the chat's stored language: ctx.t speaks the language chosen for
// the chat with /language, else the sender's Telegram language_code, else the language last seen in
// this private chat, else English. A private chat's language_code is remembered (when nothing was
// chosen) so the scheduled digest, which has no sender, is written in it too. Store trouble never
// costs an answer: it is logged and the update is answered in the sender's language.
import type { I18nFlavor } from '@grammyjs/i18n';
import type { MiddlewareFn } from 'grammy';
import type { ChatLanguageStore } from '../store/chat-language.port.js';
import type { BotContext } from '../telegram/context.js';
import { chatLocaleState, localeOf, setChatLocale } from './chat-locale.js';
import { sharedI18n, translateCached } from './fluent.js';
import { DEFAULT_LOCALE } from './locales.js';
import { negotiate, toLocale } from './negotiate.js';

/** The context handlers see once the middleware ran (BotContext plus grammY's i18n flavor). */
export type I18nContext = BotContext & I18nFlavor;

export interface I18nMiddlewareDeps {
  languages: ChatLanguageStore;
  clock: { now(): Date };
}

export function i18nMiddleware(deps: I18nMiddlewareDeps): MiddlewareFn<BotContext> {
  const i18n = sharedI18n();
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
    installTranslation(ctx, i18n);
    return next();
  };
}

/**
 * What grammY's i18n middleware puts on the context (ctx.t, ctx.translate, ctx.i18n), with the locale settled
 * above and memoised strings. The plugin's own middleware negotiated the locale again and Fluent matched
 * bundles on every string; this speaks exactly what it would have (same Fluent instance, same locale).
 */
function installTranslation(ctx: BotContext, i18n: SharedI18n): void {
  const state = new UpdateI18n(ctx, i18n);
  Object.defineProperty(ctx, 'i18n', { value: state, writable: true });
  const flavored = ctx as I18nContext;
  flavored.t = flavored.translate = (key, vars) => translateCached(i18n, state.current, key, vars);
}

type SharedI18n = ReturnType<typeof sharedI18n>;

/** ctx.i18n as the plugin shapes it; methods on the prototype, so an update allocates one object. */
class UpdateI18n implements Omit<I18nFlavor['i18n'], 'fluent'> {
  current: string;
  constructor(
    private readonly ctx: BotContext,
    private readonly i18n: SharedI18n,
  ) {
    this.current = negotiated(ctx);
  }
  get fluent(): I18nFlavor['i18n']['fluent'] {
    return this.i18n.fluent;
  }
  useLocale(locale: string): void {
    this.current = locale;
  }
  getLocale(): Promise<string> {
    return Promise.resolve(negotiated(this.ctx));
  }
  renegotiateLocale(): Promise<void> {
    this.current = negotiated(this.ctx);
    return Promise.resolve();
  }
  setLocale(): Promise<void> {
    return Promise.reject(new Error('ctx.i18n.setLocale needs sessions, which this bot does not use: choose a language with chooseLanguage (src/i18n/choose-language.ts).'));
  }
}

/** The plugin's negotiator: the locale this middleware settled, else the sender's code, else English. */
function negotiated(ctx: BotContext): string {
  return chatLocaleState(ctx)?.locale ?? ctx.from?.language_code ?? DEFAULT_LOCALE;
}

export { localeOf };
