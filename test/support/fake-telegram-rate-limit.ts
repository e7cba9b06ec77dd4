// Optional flood control, modelled on Telegram's published limits: ~30 messages/s overall,
// 1 message/s per chat, 20 messages/min per group. Sliding windows; a refused call answers 429
// with retry_after (whole seconds until the oldest call leaves the window) and is not counted.

export interface RateLimits {
  perSecondGlobal?: number;
  perChatPerSecond?: number;
  /** Applies to groups, supergroups and channels (negative chat ids). */
  perGroupPerMinute?: number;
  /** Which methods count; default: the ones that post or edit messages. */
  methods?: RegExp;
}

const SENDING = /^(send(?!ChatAction)\w*|copyMessages?|forwardMessages?|editMessage\w*)$/;

export function createRateLimiter(limits: RateLimits, now: () => number) {
  const global: number[] = [];
  const perChat = new Map<number, number[]>();
  const methods = limits.methods ?? SENDING;

  /** Seconds to wait if `times` already holds `max` calls within `windowMs`, else 0. */
  const wait = (times: number[], max: number | undefined, windowMs: number, at: number) => {
    if (max === undefined) return 0;
    const recent = times.filter((t) => at - t < windowMs);
    if (recent.length < max) return 0;
    const oldest = recent[recent.length - max] ?? at;
    return Math.max(1, Math.ceil((oldest + windowMs - at) / 1000));
  };

  return {
    /** 0 when the call may go through (and is then counted), else retry_after seconds. */
    check(method: string, chatId: number | undefined): number {
      if (!methods.test(method)) return 0;
      const at = now();
      const chatTimes = chatId === undefined ? [] : (perChat.get(chatId) ?? []);
      const retryAfter = Math.max(
        wait(global, limits.perSecondGlobal, 1000, at),
        chatId === undefined ? 0 : wait(chatTimes, limits.perChatPerSecond, 1000, at),
        chatId !== undefined && chatId < 0 ? wait(chatTimes, limits.perGroupPerMinute, 60_000, at) : 0,
      );
      if (retryAfter) return retryAfter;
      global.push(at);
      if (global.length > 1000) global.splice(0, global.length - 1000);
      if (chatId !== undefined) perChat.set(chatId, [...chatTimes.filter((t) => at - t < 60_000), at]);
      return 0;
    },
  };
}
