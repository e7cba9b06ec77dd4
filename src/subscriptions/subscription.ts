// A chat's subscription to the digest: where it goes, when, what it includes, and whether it is on.
import { z } from 'zod';
import { isoDateTime } from '../articles/record.js';
import { canonicalTimeZone } from './time-zone.js';

export const subscriptionStatusSchema = z.enum(['active', 'paused', 'unsubscribed']);
export type SubscriptionStatus = z.infer<typeof subscriptionStatusSchema>;

/**
 * Why a subscription is paused. Only `removed` and `blocked` are undone automatically (when the
 * bot is added back / the user unblocks); a `user` pause waits for the user.
 */
export const pauseReasonSchema = z.enum(['user', 'removed', 'blocked', 'chat_not_found']);
export type PauseReason = z.infer<typeof pauseReasonSchema>;

/** More codes than any chat needs; a bound so a stored record stays small. */
export const STORY_LANGUAGES_MAX = 20;

export const subscriptionSchema = z.object({
  chatId: z.number().int(),
  chatType: z.enum(['private', 'group', 'supergroup', 'channel']),
  title: z.string().optional(),
  /** Channels are managed from a private chat: the admin who subscribed it. */
  ownerUserId: z.number().int().optional(),
  /** Local delivery time HH:MM in `timeZone`. */
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  /** IANA name in its current spelling; a record stored as Europe/Kiev reads as Europe/Kyiv (an unknown name is kept). */
  timeZone: z.string().min(1).transform((zone) => canonicalTimeZone(zone) ?? zone),
  /** Forum topic the digest goes to (where /subscribe was sent). */
  threadId: z.number().int().optional(),
  /** Topics/keywords: with `include`, only events mentioning one of them; `exclude` always drops. */
  include: z.array(z.string()).default([]),
  exclude: z.array(z.string()).default([]),
  /**
   * Story languages (ISO 639-1, lower case): only events with an article in one of them, or of undetected
   * language, are sent. Absent or empty: every language (records from before this setting have none).
   */
  languages: z.array(z.string().regex(/^[a-z]{2}$/)).max(STORY_LANGUAGES_MAX).optional(),
  status: subscriptionStatusSchema,
  pausedReason: pauseReasonSchema.optional(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Subscription = z.infer<typeof subscriptionSchema>;

