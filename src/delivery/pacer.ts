// Paces outgoing messages under Telegram's limits: ~30 messages/s overall, 1 message/s per chat, 20 messages/min
// per group. Sliding windows of send timestamps, pruned as they age out; idle chats are forgotten. Pure: the caller
// passes `now` (ms) and does the waiting, so a fake clock can drive a whole fan-out in a test.
import type { Subscription } from '../subscriptions/subscription.js';

export interface PacerLimits {
  /** Messages per rolling second across all chats. */
  perSecondGlobal: number;
  /** Minimum gap (ms) between two messages to one chat. */
  perChatIntervalMs: number;
  /** Messages per rolling minute to one group (Telegram's rule for groups only). */
  perGroupPerMinute: number;
}

export const TELEGRAM_LIMITS: PacerLimits = { perSecondGlobal: 30, perChatIntervalMs: 1000, perGroupPerMinute: 20 };

/**
 * Headroom under every limit (3%). Our clock and Telegram's never agree exactly, and network jitter can bunch
 * messages on arrival, so a pacer that runs exactly at the limit gets an occasional 429. 3% turns 30/s into 29/s,
 * 20/min into 19/min and 1000 ms into 1030 ms: a 2000-chat fan-out takes ~69 s instead of ~67 s.
 */
export const DEFAULT_HEADROOM = 0.03;

export type ChatKind = 'private' | 'group' | 'channel';

export interface Pacer {
  /** How long (ms) until a message to this chat may go, given every send already recorded; 0 = now. */
  delayFor(chatId: number, kind: ChatKind, now: number): number;
  /** Records a send at `now` (call when actually sending). */
  record(chatId: number, kind: ChatKind, now: number): void;
  /**
   * delayFor + record in one step: returns 0 and records the send when it may go now, else the delay without
   * recording. With several concurrent senders this is the race-free way (no await between the check and the record).
   */
  acquire(chatId: number, kind: ChatKind, now: number): number;
  /** Telegram said 429 retry_after: nothing to this chat before now+ms; when `global`, nothing to anyone. */
  backOff(chatId: number, ms: number, now: number, global?: boolean): void;
  /** Chats the pacer still remembers (bounded: idle ones are dropped); for tests and ops. */
  trackedChats(): number;
}

/** The pacer kind of a subscription's chat: supergroups are groups for Telegram's per-minute limit. */
export function chatKindOf(chatType: Subscription['chatType']): ChatKind {
  return chatType === 'group' || chatType === 'supergroup' ? 'group' : chatType;
}

interface ChatState {
  lastSent: number;
  blockedUntil: number;
  /** Sends in the last minute; groups only. */
  recent: number[];
}

const SECOND = 1000;
const MINUTE = 60_000;

/** Drops timestamps at or before `horizon` (they are appended in time order, so the old ones are in front). */
function prune(times: number[], horizon: number): void {
  let i = 0;
  while (i < times.length && (times[i] ?? Infinity) <= horizon) i++;
  if (i > 0) times.splice(0, i);
}

/** Delay until a window of `windowMs` holding `times` has room for one more, given `cap`. */
function windowDelay(times: readonly number[], cap: number, windowMs: number, now: number): number {
  if (times.length < cap) return 0;
  const leaving = times[times.length - cap] ?? now; // the send that must age out to make room
  return leaving + windowMs - now;
}

/**
 * Creates a pacer. Loop: `const wait = pacer.acquire(id, kind, now)`; 0 → send; else sleep `wait` and ask again.
 * @example
 * const pacer = createPacer();
 * let wait: number;
 * while ((wait = pacer.acquire(chatId, 'group', Date.now())) > 0) await sleep(wait);
 * await api.sendMessage(chatId, text);
 */
export function createPacer(limits: PacerLimits = TELEGRAM_LIMITS, headroom = DEFAULT_HEADROOM): Pacer {
  const globalCap = Math.max(1, Math.floor(limits.perSecondGlobal * (1 - headroom)));
  const groupCap = Math.max(1, Math.floor(limits.perGroupPerMinute * (1 - headroom)));
  const chatInterval = Math.ceil(limits.perChatIntervalMs * (1 + headroom));
  const global: number[] = [];
  const chats = new Map<number, ChatState>();
  let globalBlockedUntil = -Infinity;
  let lastSweep = -Infinity;

  // Forget chats with nothing left to constrain: keeps memory proportional to the last minute's traffic.
  function sweep(now: number): void {
    if (now - lastSweep < MINUTE) return;
    lastSweep = now;
    for (const [id, s] of chats) {
      prune(s.recent, now - MINUTE);
      if (s.recent.length === 0 && s.lastSent + chatInterval <= now && s.blockedUntil <= now) chats.delete(id);
    }
  }

  function state(chatId: number): ChatState {
    let s = chats.get(chatId);
    if (!s) chats.set(chatId, (s = { lastSent: -Infinity, blockedUntil: -Infinity, recent: [] }));
    return s;
  }

  const pacer: Pacer = {
    delayFor(chatId, kind, now) {
      prune(global, now - SECOND);
      let delay = Math.max(globalBlockedUntil - now, windowDelay(global, globalCap, SECOND, now));
      const s = chats.get(chatId);
      if (s) {
        delay = Math.max(delay, s.blockedUntil - now, s.lastSent + chatInterval - now);
        if (kind === 'group') {
          prune(s.recent, now - MINUTE);
          delay = Math.max(delay, windowDelay(s.recent, groupCap, MINUTE, now));
        }
      }
      return Math.max(0, Math.ceil(delay));
    },
    record(chatId, kind, now) {
      sweep(now);
      global.push(now);
      prune(global, now - SECOND);
      const s = state(chatId);
      s.lastSent = Math.max(s.lastSent, now);
      if (kind === 'group') s.recent.push(now);
    },
    acquire(chatId, kind, now) {
      const delay = pacer.delayFor(chatId, kind, now);
      if (delay === 0) pacer.record(chatId, kind, now);
      return delay;
    },
    backOff(chatId, ms, now, isGlobal = false) {
      const until = now + Math.max(0, ms);
      if (isGlobal) globalBlockedUntil = Math.max(globalBlockedUntil, until);
      const s = state(chatId);
      s.blockedUntil = Math.max(s.blockedUntil, until);
    },
    trackedChats: () => chats.size,
  };
  return pacer;
}
