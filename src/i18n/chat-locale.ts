// The language of the update being handled, and the store it came from, as the i18n middleware
// settled them. Kept beside the context (not on it) so BotContext needs no new field for it.
import type { ChatLanguageStore } from '../store/chat-language.port.js';
import { DEFAULT_LOCALE, type Locale } from './locales.js';

export interface ChatLocaleState {
  locale: Locale;
  store: ChatLanguageStore;
}

const states = new WeakMap<object, ChatLocaleState>();

export function setChatLocale(ctx: object, state: ChatLocaleState): void {
  states.set(ctx, state);
}

export function chatLocaleState(ctx: object): ChatLocaleState | undefined {
  return states.get(ctx);
}

/** The locale this update is answered in ('en' before the middleware is installed). */
export function localeOf(ctx: object): Locale {
  return states.get(ctx)?.locale ?? DEFAULT_LOCALE;
}
