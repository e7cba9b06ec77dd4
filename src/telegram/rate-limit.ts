// Per-user limit on queries (commands and button presses). The first one over the limit gets
// one polite notice; the rest of the flood is dropped silently until the window ends.
// The counters live in this process only: losing them on restart just resets the window.
import { limit } from '@grammyjs/ratelimiter';
import type { MiddlewareFn } from 'grammy';
import type { BotContext } from './context.js';

export const FLOOD_NOTICE = 'You are sending commands faster than I can answer. Please wait a minute and try again.';

export function rateLimitQueries(options: { limit: number; windowMs: number }): MiddlewareFn<BotContext> {
  const limiter = limit<BotContext, never>({
    timeFrame: options.windowMs,
    limit: options.limit,
    keyGenerator: (ctx) => (ctx.from && isQuery(ctx) ? String(ctx.from.id) : undefined),
    onLimitExceeded: (ctx) => {
      ctx.log.warn({ userId: ctx.from?.id }, 'rate limit: dropping queries');
      if (ctx.callbackQuery) void ctx.answerCallbackQuery({ text: FLOOD_NOTICE }).catch(() => undefined);
      else void ctx.reply(FLOOD_NOTICE).catch(() => undefined);
    },
  });
  return (ctx, next) => limiter(ctx, next);
}

function isQuery(ctx: BotContext): boolean {
  if (ctx.callbackQuery) return true;
  const text = ctx.msg?.text ?? '';
  return text.startsWith('/');
}
