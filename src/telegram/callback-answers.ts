// Every button press gets exactly one answer, so the client's spinner always stops and a press is
// never turned into an error after its change was applied. Telegram refuses a second answer, and
// any answer once the query is too old ("query is too old and response timeout expired or query
// ID is invalid"): both are logged, never thrown. A press nothing answered gets an empty answer.
import type { MiddlewareFn } from 'grammy';
import type { BotContext } from './context.js';

export function answerEveryCallback(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    if (!ctx.callbackQuery) return next();
    const answer = ctx.answerCallbackQuery.bind(ctx);
    let answered = false;
    ctx.answerCallbackQuery = async (...args: Parameters<typeof answer>) => {
      if (answered) return true;
      answered = true;
      try {
        return await answer(...args);
      } catch (error) {
        ctx.log.warn({ code: 'CALLBACK_NOT_ANSWERED', err: error }, 'callback query not answered (too old or already answered)');
        return true;
      }
    };
    await next();
    if (!answered) await ctx.answerCallbackQuery();
  };
}
