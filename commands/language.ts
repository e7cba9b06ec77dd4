// /language — the language the bot speaks in this chat, and the choices as buttons;
// /language <code> (en, ru, be, uk; "ru-RU" and the languages' own names work too) — set it.
// Anyone may look; in groups and channels only admins may change it (asked of Telegram each time).
// Stories keep the language they were written in: this is the bot's own words, dates and digest frame.
import { GrammyError } from 'grammy';
import type { InlineKeyboardMarkup } from 'grammy/types';
import { chatLocaleState, localeOf } from '../src/i18n/chat-locale.js';
import { chooseLanguage } from '../src/i18n/choose-language.js';
import { LANGUAGE_NAMES, SUPPORTED_LOCALES, type Locale } from '../src/i18n/locales.js';
import { toLocale } from '../src/i18n/negotiate.js';
import { tr } from '../src/i18n/tr.js';
import { escapeHtml } from '../src/render/telegram-html.js';
import { isChatAdmin } from '../src/telegram/admin.js';
import type { BotContext } from '../src/telegram/context.js';
import { defineCommand } from '../src/telegram/define-command.js';
import { replyTarget } from '../src/telegram/reply-target.js';

/** Every button of /language, and only these, starts with it. */
export const LANGUAGE_DATA_PREFIX = 'lang:';
const COLUMNS = 2;

/** "ru", "RU-ru", "Русский", "english" → the locale; anything else → undefined. */
export function parseLanguage(text: string): Locale | undefined {
  const word = text.trim();
  const byName = SUPPORTED_LOCALES.find((l) => LANGUAGE_NAMES[l].toLowerCase() === word.toLowerCase());
  return byName ?? (/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/.test(word) ? toLocale(word) : undefined);
}

/** The choices, two a row, the current one marked. */
export function languageKeyboard(current: Locale): InlineKeyboardMarkup {
  const buttons = SUPPORTED_LOCALES.map((l) => ({ text: l === current ? `• ${LANGUAGE_NAMES[l]}` : LANGUAGE_NAMES[l], callback_data: `${LANGUAGE_DATA_PREFIX}${l}` }));
  return { inline_keyboard: Array.from({ length: Math.ceil(buttons.length / COLUMNS) }, (_, i) => buttons.slice(i * COLUMNS, i * COLUMNS + COLUMNS)) };
}

const codes = () => SUPPORTED_LOCALES.join(', ');

/** The screen: the language, how it was chosen, and what else there is. */
async function languageText(ctx: BotContext): Promise<string> {
  const t = tr(ctx);
  const locale = localeOf(ctx);
  const stored = ctx.chat ? await chatLocaleState(ctx)?.store.get(ctx.chat.id) : undefined;
  const how = stored?.source === 'chosen' ? 'chosen' : ctx.from?.language_code || stored ? 'telegram' : 'default';
  const choices = SUPPORTED_LOCALES.map((l) => `${LANGUAGE_NAMES[l]} (${l})`).join(', ');
  return [
    escapeHtml(t('language-current', { language: LANGUAGE_NAMES[locale] })),
    escapeHtml(t(`language-how-chosen-${how}`)),
    escapeHtml(t('language-choices', { choices })),
  ].join('\n');
}

/** Private chats are their user's; elsewhere an admin (a button press is asked of Telegram for the presser). */
async function mayChange(ctx: BotContext): Promise<boolean> {
  const chat = ctx.chat;
  if (!chat) return false;
  if (chat.type === 'private') return true;
  if (ctx.callbackQuery) return ctx.from ? ctx.admins.isAdmin(ctx.api, chat.id, ctx.from.id, 'fresh') : false;
  return isChatAdmin(ctx);
}

export const language = defineCommand({
  name: 'language',
  description: 'The bot’s language in this chat, e.g. /language ru',
  adminOnly: true,
  // Looking is for everyone; the handler checks rights before a change.
  refuseNonAdmins: false,
  handle: async (ctx, { clock }) => {
    const chat = ctx.chat;
    if (!chat) return;
    const argument = ctx.match.trim();
    const say = (text: string, keyboard?: InlineKeyboardMarkup) =>
      ctx.reply(text, { parse_mode: 'HTML', ...replyTarget(ctx), ...(keyboard ? { reply_markup: keyboard } : {}) });
    if (!argument) return say(await languageText(ctx), languageKeyboard(localeOf(ctx)));
    const locale = parseLanguage(argument);
    if (!locale) return say(escapeHtml(tr(ctx)('language-bad-code', { code: Array.from(argument).slice(0, 20).join(''), choices: codes() })));
    if (!(await mayChange(ctx))) return say(escapeHtml(tr(ctx)('language-admins-only')));
    if (!(await chooseLanguage(ctx, chat.id, locale, clock.now()))) return say(escapeHtml(tr(ctx)('language-unavailable')));
    return say(escapeHtml(tr(ctx)('language-set')));
  },
  buttons: { prefix: LANGUAGE_DATA_PREFIX, handle: handleLanguagePress },
});

async function handleLanguagePress(ctx: BotContext): Promise<void> {
  const locale = parseLanguage(ctx.callbackQuery?.data?.slice(LANGUAGE_DATA_PREFIX.length) ?? '');
  const chat = ctx.chat;
  if (!locale || !chat) return void (await ctx.answerCallbackQuery({ text: tr(ctx)('language-stale'), show_alert: true }));
  if (!(await mayChange(ctx))) return void (await ctx.answerCallbackQuery({ text: tr(ctx)('language-admins-only'), show_alert: true }));
  if (!(await chooseLanguage(ctx, chat.id, locale, ctx.deps.clock.now()))) {
    return void (await ctx.answerCallbackQuery({ text: tr(ctx)('language-unavailable'), show_alert: true }));
  }
  const messageId = ctx.callbackQuery?.message?.message_id;
  if (messageId !== undefined) {
    try {
      await ctx.api.editMessageText(chat.id, messageId, await languageText(ctx), { parse_mode: 'HTML', reply_markup: languageKeyboard(locale) });
    } catch (error) {
      // Pressing the language already chosen leaves the screen as it is.
      if (!(error instanceof GrammyError && error.error_code === 400)) throw error;
    }
  }
  await ctx.answerCallbackQuery({ text: tr(ctx)('language-set') });
}
