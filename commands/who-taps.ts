// The names on a /who card as buttons: pressing one answers as `/who <name>` would, with that person's card.
//
// Why buttons, not t.me/<bot>?start=who_… deep links: a deep link's payload is at most 64 characters of
// [A-Za-z0-9_-], so a Unicode name must be encoded (a Cyrillic name of 20 letters is already over), and the
// index can't look a person up by a short key; a deep link also opens the private chat with the bot, so a tap
// in a group would take the reader out of it. A button answers in the chat where the card is (private, group,
// channel, forum topic), and its callback data holds up to 64 bytes, which holds a name as it is in nearly
// every case; a longer one is shortened to what a reader would type (given name and surname, else the surname).
import type { InlineKeyboardMarkup } from 'grammy/types';
import type { BotContext } from '../src/telegram/context.js';
import { replyHtml } from '../src/telegram/reply.js';
import { replyTarget } from '../src/telegram/reply-target.js';
import { isRefusedText } from '../src/telegram/refused-text.js';
import { plainTextMessages, splitMessage } from '../src/render/telegram-html.js';

/** Every button of a /who card, and only these, starts with it. */
export const WHO_DATA_PREFIX = 'who:';
/** Telegram's limit on callback_data, in UTF-8 bytes. */
const DATA_MAX_BYTES = 64;
const COLUMNS = 2;
/** Labels a phone shows whole in a two-column row (Telegram would cut a longer one itself, mid-name). */
const LABEL_MAX = 22;
const TAPS_MAX = 6;

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/**
 * What a tap looks up: the name itself when it fits in the callback data, else its first and last word, else
 * the last word cut at a code point (never half a character: Telegram refuses data that is not UTF-8).
 */
export function tapQuery(name: string): string {
  const room = DATA_MAX_BYTES - bytes(WHO_DATA_PREFIX);
  const whole = name.replace(/\s+/g, ' ').trim();
  if (bytes(whole) <= room) return whole;
  const words = whole.split(' ');
  const short = words.length > 2 ? `${words[0]} ${words.at(-1)}` : '';
  if (short && bytes(short) <= room) return short;
  let cut = '';
  for (const ch of words.at(-1) ?? '') {
    if (bytes(cut + ch) > room) break;
    cut += ch;
  }
  return cut;
}

/** The query a press of one of these buttons asks for; undefined for anything else. */
export function queryOfData(data: string | undefined): string | undefined {
  if (!data?.startsWith(WHO_DATA_PREFIX)) return undefined;
  const query = data.slice(WHO_DATA_PREFIX.length).trim();
  return query || undefined;
}

function label(name: string): string {
  const chars = Array.from(name.replace(/\s+/g, ' ').trim());
  return chars.length <= LABEL_MAX ? chars.join('') : `${chars.slice(0, LABEL_MAX - 1).join('').trimEnd()}…`;
}

/** Two buttons a row, short labels; undefined when there is no one to offer. */
export function whoKeyboard(names: readonly string[]): InlineKeyboardMarkup | undefined {
  const buttons = names
    .slice(0, TAPS_MAX)
    .map((name) => ({ text: label(name), callback_data: `${WHO_DATA_PREFIX}${tapQuery(name)}` }))
    .filter((b) => b.text !== '' && b.callback_data.length > WHO_DATA_PREFIX.length);
  if (buttons.length === 0) return undefined;
  return { inline_keyboard: Array.from({ length: Math.ceil(buttons.length / COLUMNS) }, (_, i) => buttons.slice(i * COLUMNS, i * COLUMNS + COLUMNS)) };
}

/**
 * Sends the card as replyHtml would (split under the limit, plain text when Telegram refuses the markup), with
 * the keyboard under its last message.
 */
export async function replyWithTaps(ctx: BotContext, html: string, keyboard: InlineKeyboardMarkup | undefined): Promise<void> {
  if (!keyboard) return replyHtml(ctx, html);
  const parts = splitMessage(html);
  const last = parts.pop();
  if (parts.length) await replyHtml(ctx, parts);
  if (last === undefined) return;
  const options = { link_preview_options: { is_disabled: true }, ...replyTarget(ctx) };
  try {
    await ctx.reply(last, { parse_mode: 'HTML', ...options, reply_markup: keyboard });
  } catch (error) {
    if (!isRefusedText(error)) throw error;
    ctx.log.warn({ code: 'REPLY_HTML_REFUSED', description: error.description, chatId: ctx.chat?.id }, 'Telegram refused a reply as HTML; sending it as plain text');
    const plain = plainTextMessages(last);
    for (const [i, text] of plain.entries()) await ctx.reply(text, { ...options, ...(i === plain.length - 1 ? { reply_markup: keyboard } : {}) });
  }
}
