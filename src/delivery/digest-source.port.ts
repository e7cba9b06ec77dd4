// What the scheduler and the bot need from whoever builds digests (briefings/digest-pipeline.ts,
// wired in src/app.ts). Only rendered messages and an opaque "remember" map cross it: src/delivery
// knows nothing of events.
import type { Subscription } from '../subscriptions/subscription.js';

/** One due (chat, local day) slot. */
export interface DueDigest {
  subscription: Subscription;
  day: string;
}

export interface DueResult {
  chatId: number;
  day: string;
  /** Rendered Telegram-HTML messages; empty = nothing new for this chat (send nothing). */
  messages: string[];
  /** Opaque to delivery: kept with the outbox item and the ledger's last digest, handed back next time. */
  remember: Record<string, number>;
}

export interface DueBatch {
  /** One per due slot, in the same order. */
  results: DueResult[];
  /** Distinct (window, source set) pairs composed and distinct views rendered (for the tick report). */
  compositions: number;
  renderings: number;
}

/** What a chat would get if its digest were due now. */
export interface DigestPreview {
  timeZone: string;
  /** Telegram HTML ("Nothing new since …" when nothing is). */
  messages: string[];
  /** The same digest as plain text (CLI). */
  text: string;
  /** The same digest as JSON (CLI --json). */
  json: string;
}

/** What a chat was sent on one of its local days. */
export type SentDigest =
  | { kind: 'sent' | 'pending' | 'legacy'; messages: string[] }
  | { kind: 'empty' | 'skipped' | 'undeliverable' | 'unarchived' | 'none' };

export interface DigestSource {
  /**
   * Builds every due chat's digest of one tick (compose once per window and source set, render once per view)
   * and archives them. A chat with its own sources draws only on those; one without, on the operator's pool.
   */
  forDue(due: readonly DueDigest[], now: Date): Promise<DueBatch>;
  /** Nothing recorded; from the chat's source set (no chat: the pool). `since` overrides the window's start (CLI --since). */
  preview(chatId: number | undefined, now: Date, options?: { since?: Date; locale?: string }): Promise<DigestPreview>;
  sent(chatId: number, day: string): Promise<SentDigest>;
  /** The newest of the chat's local days (today back to `withinDays - 1` days ago) with an archived digest. */
  newestArchivedDay(chatId: number, now: Date, withinDays: number): Promise<string | undefined>;
}
