// The /settings screens as data: HTML text plus an inline keyboard. Pure: no API calls, no clock.
import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'grammy/types';
import type { PauseReason, Subscription } from '../../src/subscriptions/subscription.js';
import { escapeHtml } from '../../src/render/telegram-html.js';
import { settingsData, type SettingsAction } from './callback-data.js';

export interface SettingsView {
  text: string;
  keyboard?: InlineKeyboardMarkup;
}

export const QUICK_TIMES = ['06:00', '07:00', '08:00', '09:00', '12:00', '18:00', '21:00'] as const;
export const QUICK_ZONES = [
  'UTC', 'Europe/London', 'Europe/Berlin', 'Europe/Warsaw', 'Europe/Minsk', 'Europe/Kyiv',
  'America/New_York', 'America/Los_Angeles', 'Asia/Tokyo',
] as const;

const PAUSE_REASONS: Record<PauseReason, string> = {
  user: 'paused by hand',
  removed: 'paused: I was removed from the chat',
  blocked: 'paused: the bot is blocked',
  chat_not_found: 'paused: the chat was not found',
};

const button = (text: string, action: SettingsAction, chatId: number, arg?: string): InlineKeyboardButton => ({
  text, callback_data: settingsData(action, chatId, arg),
});
const rows = (...r: InlineKeyboardButton[][]): InlineKeyboardMarkup => ({ inline_keyboard: r.filter((row) => row.length > 0) });
const chunk = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size));

/** "Channel @news", "Group “Friends”", "This chat": how a subscription is named to its managers. */
export function chatLabel(s: Pick<Subscription, 'chatType' | 'title'>): string {
  if (s.chatType === 'private') return 'This chat';
  const kind = s.chatType === 'channel' ? 'Channel' : 'Group';
  return s.title ? `${kind} ${s.title.startsWith('@') ? s.title : `“${s.title}”`}` : kind;
}

export function statusLabel(s: Pick<Subscription, 'status' | 'pausedReason'>): string {
  if (s.status === 'paused') return PAUSE_REASONS[s.pausedReason ?? 'user'];
  return s.status;
}

const keywords = (list: readonly string[], none: string) => (list.length ? escapeHtml(list.join(', ')) : none);

function summary(s: Subscription): string {
  return [
    `⚙️ <b>Digest settings</b> · ${escapeHtml(chatLabel(s))}`,
    `Status: <b>${escapeHtml(statusLabel(s))}</b>`,
    `Delivery: <b>${s.time}</b> (${escapeHtml(s.timeZone)})`,
    `Include: ${keywords(s.include, 'everything')}`,
    `Exclude: ${keywords(s.exclude, 'nothing')}`,
  ].join('\n');
}

/** The main menu. `back` adds a button to the chooser (private chats managing several digests). */
export function menuView(s: Subscription, options: { back?: boolean; note?: string } = {}): SettingsView {
  const id = s.chatId;
  const onOff =
    s.status === 'unsubscribed' ? [button('🔔 Subscribe again', 'resume', id)]
    : s.status === 'paused' ? [button('▶️ Resume', 'resume', id)]
    : [button('⏸ Pause', 'pause', id)];
  return {
    text: `${summary(s)}${options.note ? `\n\n${escapeHtml(options.note)}` : ''}`,
    keyboard: rows(
      [button(`🕗 Time ${s.time}`, 'timePicker', id), button('🌍 Time zone', 'zonePicker', id)],
      [button('➕ Include topics', 'include', id), button('➖ Exclude topics', 'exclude', id), button('🧹 Clear topics', 'clearTopics', id)],
      onOff,
      s.status === 'unsubscribed' ? [] : [button('🚫 Unsubscribe', 'unsubscribe', id)],
      [...(options.back ? [button('« All chats', 'list', id)] : []), button('✅ Done', 'done', id)],
    ),
  };
}

/** After Done: the settings as they now stand, without buttons. */
export function closedView(s: Subscription): SettingsView {
  return { text: `${summary(s)}\n\nSaved. Send /settings to change them again.` };
}

export function timePickerView(s: Subscription): SettingsView {
  const id = s.chatId;
  const picks = QUICK_TIMES.map((t) => button(t === s.time ? `• ${t}` : t, 'timeSet', id, t.replace(':', '')));
  return {
    text: `${summary(s)}\n\nWhen should the digest come (${escapeHtml(s.timeZone)})?`,
    keyboard: rows(...chunk(picks, 4), [button('Other…', 'timeOther', id), button('« Back', 'menu', id)]),
  };
}

export function zonePickerView(s: Subscription): SettingsView {
  const id = s.chatId;
  const picks = QUICK_ZONES.map((z) => button(z === s.timeZone ? `• ${z}` : z, 'zoneSet', id, z));
  return {
    text: `${summary(s)}\n\nWhich time zone is ${s.time} in?`,
    keyboard: rows(...chunk(picks, 3), [button('Other…', 'zoneOther', id), button('« Back', 'menu', id)]),
  };
}

export type PromptKind = 'time' | 'timezone' | 'include' | 'exclude';

export const PROMPTS: Record<PromptKind, string> = {
  time: 'Send the delivery time as HH:MM, e.g. 07:45.',
  timezone: 'Send the time zone as an IANA name, e.g. Europe/Minsk or America/New_York.',
  include: 'Send the topics to include, separated by commas, e.g. belarus, sanctions. They replace the current list; only events mentioning one of them will be sent.',
  exclude: 'Send the topics to exclude, separated by commas, e.g. football, weather. They replace the current list.',
};

/** The menu turned into a question while the next text message is awaited. */
export function promptView(s: Subscription, kind: PromptKind): SettingsView {
  return {
    text: `${summary(s)}\n\n✏️ ${escapeHtml(PROMPTS[kind])} Or send "cancel".`,
    keyboard: rows([button('Cancel', 'menu', s.chatId)]),
  };
}

export function confirmUnsubscribeView(s: Subscription): SettingsView {
  return {
    text: `${summary(s)}\n\nStop the daily digest for ${escapeHtml(chatLabel(s).toLowerCase())}? The settings are kept, so you can subscribe again later.`,
    keyboard: rows([button('Yes, unsubscribe', 'unsubscribeYes', s.chatId), button('Cancel', 'menu', s.chatId)]),
  };
}

export function notSubscribedView(chatId: number): SettingsView {
  return {
    text: 'Not subscribed yet — send /subscribe, or press the button to get the daily digest with the default settings.',
    keyboard: rows([button('🔔 Subscribe', 'subscribe', chatId)]),
  };
}

/** Several digests to manage from one private chat: pick one first. */
export function chooserView(subs: readonly Subscription[], privateChatId: number): SettingsView {
  const own = subs.some((s) => s.chatId === privateChatId);
  return {
    text: '⚙️ <b>Digest settings</b>\nWhich digest do you want to change?',
    keyboard: rows(
      ...subs.map((s) => [button(Array.from(`${chatLabel(s)} · ${s.time} · ${statusLabel(s)}`).slice(0, 60).join(''), 'menu', s.chatId)]),
      own ? [] : [button('🔔 Subscribe this chat too', 'subscribe', privateChatId)],
    ),
  };
}
