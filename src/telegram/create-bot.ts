// Assembles the bot: deps on the context, one error boundary, the commands, a fallback last.
import { Bot, type Composer } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { BotContext, BotDeps, CommandInfo } from './context.js';
import { membership } from './membership.js';
import { rateLimitQueries } from './rate-limit.js';

export interface BotCommand extends CommandInfo {
  composer: Composer<BotContext>;
}

export interface CreateBotOptions {
  deps: Omit<BotDeps, 'commands'>;
  commands: readonly BotCommand[];
  /** Skip getMe (tests, the offline console). */
  botInfo?: UserFromGetMe;
  /** Another Bot API server (self-hosted, or a test stand-in). */
  apiRoot?: string;
  /** Queries per user per window; unset = no limit (tests, the offline console). */
  rateLimit?: { limit: number; windowMs: number };
}

export const APOLOGY = 'Sorry, something went wrong on our side. Please try again in a minute.';

export function createBot(token: string, options: CreateBotOptions): Bot<BotContext> {
  const bot = new Bot<BotContext>(token, {
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
    ...(options.apiRoot ? { client: { apiRoot: options.apiRoot } } : {}),
  });
  const deps: BotDeps = { ...options.deps, commands: options.commands.map(({ composer: _c, ...info }) => info) };

  bot.use((ctx, next) => {
    ctx.deps = deps;
    ctx.log = deps.logger.child({ updateId: ctx.update.update_id });
    return next();
  });

  const safe = bot.errorBoundary(async (error) => {
    const ctx = error.ctx;
    ctx.log.error({ err: error.error, updateId: ctx.update.update_id }, 'handler failed');
    // Subscribers never see internal errors, only a short apology.
    if (ctx.chat) await ctx.reply(APOLOGY).catch((e: unknown) => ctx.log.warn({ err: e }, 'apology not sent'));
  });
  safe.use(membership());
  if (options.rateLimit) safe.use(rateLimitQueries(options.rateLimit));
  for (const command of options.commands) safe.use(command.composer);

  // Last: in private chats, anything unrecognised gets a hint; in groups the bot stays quiet.
  safe.chatType('private').on('message', (ctx) =>
    ctx.reply(
      ctx.msg.text?.startsWith('/')
        ? `I don't know that command. Send /help to see what I can do.`
        : 'Send /help to see what I can do, e.g. /latest or /who Lukashenko.',
    ),
  );
  return bot;
}
