// Choosing a chat's language (/language, the /settings button): saved as chosen for that chat, and,
// when it is the chat being answered, used for the rest of this update (the confirmation is already
// in the new language).
import type { Context } from 'grammy';
import type { I18nFlavor } from '@grammyjs/i18n';
import { chatLocaleState, setChatLocale } from './chat-locale.js';
import type { Locale } from './locales.js';

/** False when there is nowhere to keep it (the i18n middleware isn't installed). */
export async function chooseLanguage(ctx: Context, chatId: number, locale: Locale, now: Date): Promise<boolean> {
  const state = chatLocaleState(ctx);
  if (!state) return false;
  await state.store.set(chatId, { locale, source: 'chosen', updatedAt: now.toISOString() });
  if (ctx.chat?.id === chatId) {
    setChatLocale(ctx, { ...state, locale });
    (ctx as Context & Partial<I18nFlavor>).i18n?.useLocale(locale);
  }
  return true;
}
