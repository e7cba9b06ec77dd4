// Typed answers to a settings question, checked and turned into a change (pure but for the words,
// which are in `t`'s language: English unless the caller passes the reader's).
import { canonicalTimeZone, parseTime } from '../../src/subscriptions/subscribe-args.js';
import type { Subscription } from '../../src/subscriptions/subscription.js';
import { setTime, setTimeZone, setTopics } from '../../src/subscriptions/subscription-state.js';
import { translator } from '../../src/i18n/fluent.js';
import type { Translate } from '../../src/i18n/translate.port.js';
import type { PromptKind } from './views.js';

export const MAX_KEYWORDS = 20;
export const KEYWORD_LENGTH = { min: 2, max: 40 } as const;

export type AnswerChange = Partial<Pick<Subscription, 'time' | 'timeZone' | 'include' | 'exclude'>>;
export type Answer = { ok: true; change: AnswerChange; confirmation: string } | { ok: false; message: string };

/** Words that abandon the question instead of answering it. */
export function isCancel(text: string): boolean {
  return /^\/?(cancel|stop|back|отмена|отменить|стоп|назад|скасувати|адмена|адмяніць)(@\w+)?$/iu.test(text.trim());
}

/** "Belarus, sanctions ,belarus" → ["belarus", "sanctions"], or what is wrong with the list. */
let english: Translate | undefined;
const en = (): Translate => (english ??= translator('en'));

export function parseKeywords(text: string, t: Translate = en()): { ok: true; keywords: string[] } | { ok: false; message: string } {
  const words = [...new Set(text.split(/[,;\n]/).map((w) => w.trim().replace(/\s+/g, ' ').toLowerCase()).filter(Boolean))];
  if (words.length === 0) return { ok: false, message: t('settings-topics-none') };
  const bad = words.filter((w) => w.length < KEYWORD_LENGTH.min || w.length > KEYWORD_LENGTH.max);
  if (bad.length) {
    const shown = bad.map((w) => (w.length > 20 ? `${w.slice(0, 20)}…` : w)).join('", "');
    return { ok: false, message: t('settings-topics-length', { min: KEYWORD_LENGTH.min, max: KEYWORD_LENGTH.max, shown }) };
  }
  if (words.length > MAX_KEYWORDS) return { ok: false, message: t('settings-topics-too-many', { count: words.length, max: MAX_KEYWORDS }) };
  return { ok: true, keywords: words };
}

/** Checks a typed answer to the question `kind`. */
export function parseAnswer(kind: PromptKind, text: string, t: Translate = en()): Answer {
  const trimmed = text.trim();
  if (kind === 'time') {
    const time = parseTime(trimmed);
    if (!time) return { ok: false, message: t('settings-bad-time', { text: short(trimmed) }) };
    return { ok: true, change: { time }, confirmation: t('settings-saved-time', { time }) };
  }
  if (kind === 'timezone') {
    // Intl also takes offsets like "+03:00"; a subscription's zone must be a named one.
    const zone = /^[A-Za-z][\w+-]*(\/[\w+-]+)*$/.test(trimmed) ? canonicalTimeZone(trimmed) : undefined;
    if (!zone) return { ok: false, message: t('settings-bad-zone', { text: short(trimmed) }) };
    return { ok: true, change: { timeZone: zone }, confirmation: t('settings-saved-zone', { zone }) };
  }
  const parsed = parseKeywords(trimmed, t);
  if (!parsed.ok) return parsed;
  const list = parsed.keywords.join(', ');
  return kind === 'include'
    ? { ok: true, change: { include: parsed.keywords }, confirmation: t('settings-saved-include', { list }) }
    : { ok: true, change: { exclude: parsed.keywords }, confirmation: t('settings-saved-exclude', { list }) };
}

/** The checked answer applied through the subscription's own transitions. */
export function applyAnswer(s: Subscription, change: AnswerChange, now: Date): Subscription {
  let next = s;
  if (change.time !== undefined) next = setTime(next, change.time, now);
  if (change.timeZone !== undefined) next = setTimeZone(next, change.timeZone, now);
  if (change.include !== undefined) next = setTopics(next, 'include', change.include, now);
  if (change.exclude !== undefined) next = setTopics(next, 'exclude', change.exclude, now);
  return next;
}

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);
