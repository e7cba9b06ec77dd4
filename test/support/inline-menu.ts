// Reading inline keyboards off the messages the Bot API stand-in stored (settings menu tests).
import type { InlineKeyboardButton } from 'grammy/types';
import type { FakeTelegram, StoredMessage } from './fake-telegram.js';

export const buttonsOf = (m: StoredMessage | undefined): InlineKeyboardButton.CallbackButton[] =>
  ((m?.replyMarkup as { inline_keyboard?: InlineKeyboardButton.CallbackButton[][] } | undefined)?.inline_keyboard ?? []).flat();

/** The newest message in the chat that carries buttons. */
export const latestMenu = (telegram: FakeTelegram, chatId: number): StoredMessage | undefined =>
  telegram.messagesTo(chatId).filter((m) => buttonsOf(m).length > 0).at(-1);

/** The button on the chat's latest menu whose label matches; throws naming the labels there. */
export function findButton(telegram: FakeTelegram, chatId: number, label: string | RegExp): { menu: StoredMessage; button: InlineKeyboardButton.CallbackButton } {
  const menu = latestMenu(telegram, chatId);
  const button = buttonsOf(menu).find((b) => (typeof label === 'string' ? b.text === label : label.test(b.text)));
  if (!menu || !button) throw new Error(`no button ${String(label)} in ${JSON.stringify(buttonsOf(menu).map((b) => b.text))}`);
  return { menu, button };
}
