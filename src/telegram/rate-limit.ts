// A limit on what the bot answers: every command, every hint in a private chat, every button press
// and every command in a channel counts. The key is the real sender (`sender_chat` when a message is
// sent as a group or channel, else the user) in that chat, so the anonymous admins of two groups
// (all "GroupAnonymousBot") never share a bucket. The first update over the limit gets one notice;
// the rest of the window is silence (a press still gets an empty answer so its spinner stops).
// The counters live in this process only: losing them on restart just resets the window.
import type { MiddlewareFn } from 'grammy';
import type { Message } from 'grammy/types';
import type { BotContext } from './context.js';
import { replyTarget } from './reply-target.js';
import { addressedCommand } from './command-match.js';
import { tr } from '../i18n/tr.js';

/** In English; the notice is sent in the reader's language (key `flood-notice`). */
export const FLOOD_NOTICE = 'You are sending commands faster than I can answer. Please wait a minute and try again.';

export interface RateLimitOptions {
  /** Answered updates per key per window. */
  limit: number;
  windowMs: number;
  /** The clock in ms (tests pass a fake one). */
  now: () => number;
}

interface Bucket { startedAt: number; hits: number }

export function rateLimitAnswers(options: RateLimitOptions): MiddlewareFn<BotContext> {
  const buckets = new Map<string, Bucket>();
  const sweep = (now: number) => {
    for (const [key, b] of buckets) if (now - b.startedAt >= options.windowMs) buckets.delete(key);
  };
  return async (ctx, next) => {
    const key = answeredKey(ctx);
    if (key === undefined) return next();
    const now = options.now();
    let bucket = buckets.get(key);
    if (!bucket || now - bucket.startedAt >= options.windowMs) {
      if (buckets.size >= 10_000) sweep(now);
      bucket = { startedAt: now, hits: 0 };
      buckets.set(key, bucket);
    }
    bucket.hits++;
    if (bucket.hits <= options.limit) return next();
    if (bucket.hits > options.limit + 1) return;
    ctx.log.warn({ code: 'RATE_LIMITED', key }, 'rate limit: dropping updates until the window ends');
    const notice = tr(ctx)('flood-notice');
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: notice });
    else await ctx.reply(notice, replyTarget(ctx)).catch((e: unknown) => ctx.log.warn({ code: 'FLOOD_NOTICE_NOT_SENT', err: e }, 'flood notice not sent'));
  };
}

/** "chat:sender" for an update the bot answers; undefined for everything it stays quiet on. */
export function answeredKey(ctx: BotContext): string | undefined {
  const chatId = ctx.chat?.id;
  if (ctx.callbackQuery) return ctx.from ? `${chatId ?? 'inline'}:${ctx.from.id}` : undefined;
  const msg = ctx.message ?? ctx.channelPost;
  if (!msg || chatId === undefined) return undefined;
  const sender = msg.sender_chat?.id ?? msg.from?.id ?? chatId;
  return isAnswered(ctx, msg) ? `${chatId}:${sender}` : undefined;
}

function isAnswered(ctx: BotContext, msg: Message): boolean {
  // In private the bot answers everything (a command, a typed setting, or the /help hint).
  if (msg.chat.type === 'private') return true;
  // Elsewhere only commands for this bot and replies to its own questions.
  if (msg.reply_to_message?.from?.id === ctx.me.id) return true;
  return addressedCommand(ctx) !== undefined;
}
