// Which language a chat is answered in: a language chosen with /language wins, then the sender's
// Telegram language_code (its primary subtag: "ru-RU" → "ru"), then English. Pure.
import { DEFAULT_LOCALE, isLocale, type Locale } from './locales.js';

/** "ru-RU" / "RU" / "ru_by" → "ru"; a code we don't ship (or none) → undefined. */
export function toLocale(code: string | undefined): Locale | undefined {
  const primary = code?.trim().toLowerCase().split(/[-_]/)[0];
  return primary && isLocale(primary) ? primary : undefined;
}

/**
 * @example negotiate(undefined, 'ru-RU') // 'ru'
 * @example negotiate('be', 'ru') // 'be' (chosen for the chat)
 * @example negotiate(undefined, 'de') // 'en'
 */
export function negotiate(storedChatLocale: string | undefined, telegramLanguageCode: string | undefined): Locale {
  return toLocale(storedChatLocale) ?? toLocale(telegramLanguageCode) ?? DEFAULT_LOCALE;
}
