// A subscription's state and every transition it can take, in one place (pure: `now` is an argument).
// Each transition returns the new record, or the very same object when it does not apply, so a
// caller can tell (`next === current`) and e.g. log "nothing to resume".
import type { PauseReason, Subscription } from './subscription.js';
import { SUPPORTED_LANGUAGES } from '../articles/language.js';

export type ChatType = Subscription['chatType'];
export type TopicList = 'include' | 'exclude';

/** Where and when a /subscribe asks for; unset fields keep the stored value (or the default). */
export interface SubscribeRequest {
  chatId: number;
  chatType: ChatType;
  title?: string;
  ownerUserId?: number;
  /** Forum topic the digest goes to; unset keeps the stored one. */
  threadId?: number;
  time?: string;
  timeZone?: string;
}

export interface SubscribeDefaults {
  digestTime: string;
  timeZone: string;
}

const stamp = (s: Subscription, now: Date): Subscription => ({ ...s, updatedAt: now.toISOString() });

function withoutReason(s: Subscription): Subscription {
  const { pausedReason: _reason, ...rest } = s;
  return rest;
}

/**
 * New, or again: active, with the request's settings over the stored ones (a re-subscribe keeps the
 * time, zone, topics and creation date it had).
 */
export function subscribe(existing: Subscription | undefined, request: SubscribeRequest, defaults: SubscribeDefaults, now: Date): Subscription {
  const at = now.toISOString();
  const base: Subscription = existing ? withoutReason(existing) : { chatId: request.chatId, chatType: request.chatType, time: defaults.digestTime, timeZone: defaults.timeZone, include: [], exclude: [], status: 'active', createdAt: at, updatedAt: at };
  return {
    ...base,
    chatId: request.chatId,
    chatType: request.chatType,
    ...(request.title ? { title: request.title } : {}),
    ...(request.ownerUserId !== undefined ? { ownerUserId: request.ownerUserId } : {}),
    ...(request.threadId !== undefined ? { threadId: request.threadId } : {}),
    time: request.time ?? base.time,
    timeZone: request.timeZone ?? base.timeZone,
    status: 'active',
    updatedAt: at,
  };
}

/** Stops deliveries for `reason`. Only an active subscription pauses: an earlier pause or an unsubscribe stands. */
export function pause(s: Subscription, reason: PauseReason, now: Date): Subscription {
  if (s.status !== 'active') return s;
  return stamp({ ...s, status: 'paused', pausedReason: reason }, now);
}

/** The user's resume (or "subscribe again"): paused for any reason, or unsubscribed, becomes active. */
export function resume(s: Subscription, now: Date): Subscription {
  if (s.status === 'active') return s;
  return stamp({ ...withoutReason(s), status: 'active' }, now);
}

/**
 * Undoes a pause Telegram caused, when its cause is gone (the bot added back, unblocked): only a
 * pause for that same reason. A user's pause waits for the user.
 */
export function resumeAutomatically(s: Subscription, reason: PauseReason, now: Date): Subscription {
  if (s.status !== 'paused' || s.pausedReason !== reason) return s;
  return resume(s, now);
}

/** No more digests; the settings are kept, so a later subscribe restores them. */
export function unsubscribe(s: Subscription, now: Date): Subscription {
  if (s.status === 'unsubscribed') return s;
  return stamp({ ...withoutReason(s), status: 'unsubscribed' }, now);
}

/** Group → supergroup: the same subscription under the new chat id. */
export function migrate(s: Subscription, toChatId: number, now: Date): Subscription {
  return stamp({ ...s, chatId: toChatId, chatType: 'supergroup' }, now);
}

export function setTime(s: Subscription, time: string, now: Date): Subscription {
  return stamp({ ...s, time }, now);
}

export function setTimeZone(s: Subscription, timeZone: string, now: Date): Subscription {
  return stamp({ ...s, timeZone }, now);
}

/** Replaces one topic list (the typed answer names the whole list). */
export function setTopics(s: Subscription, list: TopicList, topics: readonly string[], now: Date): Subscription {
  return stamp({ ...s, [list]: [...topics] }, now);
}

/** Both lists emptied: everything is included again. Same object when there is nothing to clear. */
export function clearTopics(s: Subscription, now: Date): Subscription {
  if (s.include.length === 0 && s.exclude.length === 0) return s;
  return stamp({ ...s, include: [], exclude: [] }, now);
}

/**
 * The story languages /settings offers: those whose articles the bot analyses (language.ts), which are the
 * ones its sources mostly carry. A subscription may hold other ISO 639-1 codes; they are kept as they are.
 */
export const STORY_LANGUAGES: readonly string[] = SUPPORTED_LANGUAGES;

/** The chat's story languages; empty means every language. */
export const storyLanguagesOf = (s: Pick<Subscription, 'languages'>): readonly string[] => s.languages ?? [];

/**
 * Adds `code` to the story languages, or takes it out; taking out the last one leaves every language. Kept in
 * STORY_LANGUAGES order (others after, as they were), so one choice is always stored the same way.
 */
export function toggleStoryLanguage(s: Subscription, code: string, now: Date): Subscription {
  const current = storyLanguagesOf(s);
  const chosen = current.includes(code) ? current.filter((c) => c !== code) : [...current, code];
  const rank = (c: string) => (STORY_LANGUAGES.includes(c) ? STORY_LANGUAGES.indexOf(c) : STORY_LANGUAGES.length);
  const languages = chosen.map((c, i) => ({ c, i })).sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i).map(({ c }) => c);
  return stamp({ ...s, languages }, now);
}

/** Every language again (the filter emptied). Same object when it already was. */
export function allStoryLanguages(s: Subscription, now: Date): Subscription {
  if (storyLanguagesOf(s).length === 0) return s;
  return stamp({ ...s, languages: [] }, now);
}

/** The forum topic `threadId` was deleted: digests go to the main thread. Only that topic is forgotten. */
export function forgetThread(s: Subscription, threadId: number | undefined, now: Date): Subscription {
  if (s.threadId === undefined || s.threadId !== threadId) return s;
  const { threadId: _gone, ...rest } = s;
  return stamp(rest, now);
}
