// A chat's UI language. `chosen`: set with /language (or the /settings button) and kept until changed;
// `telegram`: remembered from the last private message's language_code, so the scheduled digest (which
// has no sender) is written in the language the user reads Telegram in.
import { z } from 'zod';
import { isoDateTime } from '../articles/record.js';
import { SUPPORTED_LOCALES } from '../i18n/locales.js';

export const chatLanguageSchema = z.object({
  locale: z.enum(SUPPORTED_LOCALES),
  source: z.enum(['chosen', 'telegram']),
  updatedAt: isoDateTime,
});
export type ChatLanguage = z.infer<typeof chatLanguageSchema>;

export interface ChatLanguageStore {
  get(chatId: number): Promise<ChatLanguage | undefined>;
  set(chatId: number, language: ChatLanguage): Promise<void>;
  /** A group became a supergroup: its language goes with it. */
  move(from: number, to: number): Promise<void>;
}
