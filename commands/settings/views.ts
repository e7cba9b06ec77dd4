// The /settings screens as data: HTML text plus an inline keyboard. Pure: no API calls, no clock.
// Words in the reader's language (`t`); keyboards fit a 360-px phone: two columns at most, short
// labels, and the time zones on pages of short city names instead of long IANA names.
import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'grammy/types';
import type { PauseReason, Subscription } from '../../src/subscriptions/subscription.js';
import type { Translate } from '../../src/i18n/translate.port.js';
import { LANGUAGE_NAMES, SUPPORTED_LOCALES, type Locale } from '../../src/i18n/locales.js';
import { escapeHtml } from '../../src/render/telegram-html.js';
import { STORY_LANGUAGES, storyLanguagesOf } from '../../src/subscriptions/subscription-state.js';
import { settingsData, type SettingsAction } from './callback-data.js';

export interface SettingsView {
  text: string;
  keyboard?: InlineKeyboardMarkup;
}

export const QUICK_TIMES = ['06:00', '07:00', '08:00', '09:00', '12:00', '18:00', '21:00'] as const;
/** The zone picker's pages: the first holds the zones most readers pick. */
export const ZONE_PAGES = [
  ['UTC', 'Europe/London', 'Europe/Berlin', 'Europe/Warsaw', 'Europe/Minsk', 'Europe/Kyiv'],
  ['Europe/Moscow', 'Europe/Istanbul', 'America/New_York', 'America/Los_Angeles', 'Asia/Dubai', 'Asia/Tokyo'],
] as const;
export const QUICK_ZONES: readonly string[] = ZONE_PAGES.flat();
/** Story languages by their own names: the same in every UI language, and what a reader of it looks for. */
export const STORY_LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: 'English', de: 'Deutsch', fr: 'Français', pl: 'Polski', ru: 'Русский', be: 'Беларуская', uk: 'Українська',
};
/** The menu button names at most this many codes, then "+n" (a full-width row holds about 36 characters). */
const STORY_CODES_SHOWN = 3;
/** At most this many buttons side by side. */
const COLUMNS = 2;

const PAUSE_KEYS: Record<PauseReason, string> = {
  user: 'settings-paused-user',
  removed: 'settings-paused-removed',
  blocked: 'settings-paused-blocked',
  chat_not_found: 'settings-paused-chat-not-found',
};

const button = (text: string, action: SettingsAction, chatId: number, arg?: string): InlineKeyboardButton => ({
  text, callback_data: settingsData(action, chatId, arg),
});
const rows = (...r: InlineKeyboardButton[][]): InlineKeyboardMarkup => ({ inline_keyboard: r.filter((row) => row.length > 0) });
const chunk = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size));
const marked = (label: string, current: boolean) => (current ? `• ${label}` : label);

/** "Europe/Los_Angeles" → "Los Angeles": the city is what people look for, and it fits a half-width button. */
export function zoneLabel(zone: string): string {
  return (zone.split('/').at(-1) ?? zone).replace(/_/g, ' ');
}

/** "Channel @news", "Group “Friends”", "This chat": how a subscription is named to its managers. */
export function chatLabel(s: Pick<Subscription, 'chatType' | 'title'>, t: Translate): string {
  if (s.chatType === 'private') return t('settings-this-chat');
  const kind = t(s.chatType === 'channel' ? 'settings-kind-channel' : 'settings-kind-group');
  return s.title ? `${kind} ${s.title.startsWith('@') ? s.title : `“${s.title}”`}` : kind;
}

export function statusLabel(s: Pick<Subscription, 'status' | 'pausedReason'>, t: Translate): string {
  if (s.status === 'paused') return t(PAUSE_KEYS[s.pausedReason ?? 'user']);
  return t(s.status === 'active' ? 'settings-status-active' : 'settings-status-unsubscribed');
}

const keywords = (list: readonly string[], none: string) => (list.length ? escapeHtml(list.join(', ')) : none);

/** "all", or the codes: "en, ru", "en, de, fr +2". */
export function storyLanguagesLabel(s: Pick<Subscription, 'languages'>, t: Translate): string {
  const codes = storyLanguagesOf(s);
  if (codes.length === 0) return t('settings-stories-all');
  const shown = codes.slice(0, STORY_CODES_SHOWN).join(', ');
  return codes.length > STORY_CODES_SHOWN ? `${shown} +${codes.length - STORY_CODES_SHOWN}` : shown;
}

/** The summary's line: the languages by name, or "all". */
const storyLanguagesLine = (s: Subscription, t: Translate) => {
  const codes = storyLanguagesOf(s);
  return codes.length ? codes.map((c) => STORY_LANGUAGE_NAMES[c] ?? c).join(', ') : t('settings-stories-all');
};

/** What a screen knows besides the subscription: the words, and the target chat's language. */
export interface ViewContext {
  t: Translate;
  /** The language the target chat's digest and replies use. */
  language: Locale;
}

function summary(s: Subscription, { t, language }: ViewContext): string {
  return [
    `⚙️ <b>${escapeHtml(t('settings-title'))}</b> · ${escapeHtml(chatLabel(s, t))}`,
    `${escapeHtml(t('settings-status'))} <b>${escapeHtml(statusLabel(s, t))}</b>`,
    `${escapeHtml(t('settings-delivery'))} <b>${s.time}</b> (${escapeHtml(s.timeZone)})`,
    `${escapeHtml(t('settings-include'))} ${keywords(s.include, escapeHtml(t('settings-include-all')))}`,
    `${escapeHtml(t('settings-exclude'))} ${keywords(s.exclude, escapeHtml(t('settings-exclude-none')))}`,
    `${escapeHtml(t('settings-stories'))} ${escapeHtml(storyLanguagesLine(s, t))}`,
    `${escapeHtml(t('settings-language'))} ${escapeHtml(LANGUAGE_NAMES[language])}`,
  ].join('\n');
}

/** The main menu. `back` adds a button to the chooser (private chats managing several digests). */
export function menuView(s: Subscription, vc: ViewContext, options: { back?: boolean; note?: string } = {}): SettingsView {
  const { t } = vc;
  const id = s.chatId;
  const onOff =
    s.status === 'unsubscribed' ? button(t('settings-btn-subscribe-again'), 'resume', id)
    : s.status === 'paused' ? button(t('settings-btn-resume'), 'resume', id)
    : button(t('settings-btn-pause'), 'pause', id);
  return {
    text: `${summary(s, vc)}${options.note ? `\n\n${escapeHtml(options.note)}` : ''}`,
    keyboard: rows(
      [button(t('settings-btn-time', { time: s.time }), 'timePicker', id), button(t('settings-btn-zone'), 'zonePicker', id)],
      [button(t('settings-btn-include'), 'include', id), button(t('settings-btn-exclude'), 'exclude', id)],
      [button(t('settings-btn-clear'), 'clearTopics', id), button(t('settings-btn-language'), 'languagePicker', id)],
      [button(t('settings-btn-stories', { list: storyLanguagesLabel(s, t) }), 'storyPicker', id)],
      s.status === 'unsubscribed' ? [onOff] : [onOff, button(t('settings-btn-unsubscribe'), 'unsubscribe', id)],
      [...(options.back ? [button(t('settings-btn-all-chats'), 'list', id)] : []), button(t('settings-btn-done'), 'done', id)],
    ),
  };
}

/** After Done: the settings as they now stand, without buttons. */
export function closedView(s: Subscription, vc: ViewContext): SettingsView {
  return { text: `${summary(s, vc)}\n\n${escapeHtml(vc.t('settings-closed'))}` };
}

export function timePickerView(s: Subscription, vc: ViewContext): SettingsView {
  const { t } = vc;
  const id = s.chatId;
  const picks = QUICK_TIMES.map((time) => button(marked(time, time === s.time), 'timeSet', id, time.replace(':', '')));
  return {
    text: `${summary(s, vc)}\n\n${escapeHtml(t('settings-time-question', { zone: s.timeZone }))}`,
    keyboard: rows(...chunk(picks, COLUMNS), [button(t('settings-btn-other'), 'timeOther', id), button(t('settings-btn-back'), 'menu', id)]),
  };
}

/** Page `page` (0-based) of the quick zones, with "More zones…" to the next page (it wraps round). */
export function zonePickerView(s: Subscription, vc: ViewContext, page = 0): SettingsView {
  const { t } = vc;
  const id = s.chatId;
  const shown = ZONE_PAGES[page] ?? ZONE_PAGES[0];
  const picks = shown.map((z) => button(marked(zoneLabel(z), z === s.timeZone), 'zoneSet', id, z));
  const next = String((page + 1) % ZONE_PAGES.length);
  return {
    text: `${summary(s, vc)}\n\n${escapeHtml(t('settings-zone-question', { time: s.time }))}`,
    keyboard: rows(
      ...chunk(picks, COLUMNS),
      [button(t('settings-btn-more-zones'), 'zonePicker', id, next), button(t('settings-btn-other'), 'zoneOther', id)],
      [button(t('settings-btn-back'), 'menu', id)],
    ),
  };
}

/** The languages, as /language offers them, for the chat this menu is about. */
export function languagePickerView(s: Subscription, vc: ViewContext): SettingsView {
  const { t } = vc;
  const id = s.chatId;
  const picks = SUPPORTED_LOCALES.map((l) => button(marked(LANGUAGE_NAMES[l], l === vc.language), 'languageSet', id, l));
  return {
    text: `${summary(s, vc)}\n\n${escapeHtml(t('settings-language-question'))}`,
    keyboard: rows(...chunk(picks, COLUMNS), [button(t('settings-btn-back'), 'menu', id)]),
  };
}

/**
 * Which languages' stories the chat gets: a toggle per offered language (✓ when on), and "All languages"
 * (✓ when none is chosen, which means every language, the undetected included).
 */
export function storyLanguagesView(s: Subscription, vc: ViewContext): SettingsView {
  const { t } = vc;
  const id = s.chatId;
  const chosen = storyLanguagesOf(s);
  const picks = STORY_LANGUAGES.map((code) => button(ticked(STORY_LANGUAGE_NAMES[code] ?? code, chosen.includes(code)), 'storyToggle', id, code));
  return {
    text: `${summary(s, vc)}\n\n${escapeHtml(t('settings-stories-question'))}`,
    keyboard: rows(
      ...chunk(picks, COLUMNS),
      [button(ticked(t('settings-btn-stories-all'), chosen.length === 0), 'storyAll', id), button(t('settings-btn-back'), 'menu', id)],
    ),
  };
}

/** A toggle's state: ✓ on, nothing off (a single choice is marked "•" instead, see `marked`). */
const ticked = (label: string, on: boolean) => (on ? `✓ ${label}` : label);

export type PromptKind = 'time' | 'timezone' | 'include' | 'exclude';

const PROMPT_KEYS: Record<PromptKind, string> = {
  time: 'settings-prompt-time',
  timezone: 'settings-prompt-timezone',
  include: 'settings-prompt-include',
  exclude: 'settings-prompt-exclude',
};

/** The question a typed answer replies to. */
export const promptText = (kind: PromptKind, t: Translate): string => t(PROMPT_KEYS[kind]);

/** The menu turned into a question while the next text message is awaited. */
export function promptView(s: Subscription, kind: PromptKind, vc: ViewContext): SettingsView {
  const { t } = vc;
  return {
    text: `${summary(s, vc)}\n\n✏️ ${escapeHtml(`${promptText(kind, t)} ${t('settings-or-cancel')}`)}`,
    keyboard: rows([button(t('settings-btn-cancel'), 'menu', s.chatId)]),
  };
}

export function confirmUnsubscribeView(s: Subscription, vc: ViewContext): SettingsView {
  const { t } = vc;
  return {
    text: `${summary(s, vc)}\n\n${escapeHtml(t('settings-confirm-unsubscribe', { chat: chatLabel(s, t).toLowerCase() }))}`,
    keyboard: rows([button(t('settings-btn-yes-unsubscribe'), 'unsubscribeYes', s.chatId), button(t('settings-btn-cancel'), 'menu', s.chatId)]),
  };
}

export function notSubscribedView(chatId: number, t: Translate): SettingsView {
  return {
    text: escapeHtml(t('settings-not-subscribed')),
    keyboard: rows([button(t('settings-btn-subscribe'), 'subscribe', chatId)]),
  };
}

/** Several digests to manage from one private chat: pick one first (one per row: the labels are long). */
export function chooserView(subs: readonly Subscription[], privateChatId: number, t: Translate): SettingsView {
  const own = subs.some((s) => s.chatId === privateChatId);
  return {
    text: `⚙️ <b>${escapeHtml(t('settings-title'))}</b>\n${escapeHtml(t('settings-which'))}`,
    keyboard: rows(
      ...subs.map((s) => [button(Array.from(`${chatLabel(s, t)} · ${s.time} · ${statusLabel(s, t)}`).slice(0, 60).join(''), 'menu', s.chatId)]),
      own ? [] : [button(t('settings-btn-subscribe-too'), 'subscribe', privateChatId)],
    ),
  };
}
