// Assembles the bot: deps on the context, one error boundary, every press answered, the rate limit,
// the commands, and fallbacks last (a hint in private chats, a toast for buttons nobody knows).
import { Bot, type Composer } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { createAdminCheck } from './admin-cache.js';
import { answerEveryCallback } from './callback-answers.js';
import type { BotContext, BotDeps, CommandInfo } from './context.js';
import { rateLimitAnswers } from './rate-limit.js';
import { replyTarget } from './reply-target.js';
import { chatOrder } from './chat-order.js';
import type { LeaseProvider } from '../store/lease.port.js';
import { i18nMiddleware } from '../i18n/middleware.js';
import { tr } from '../i18n/tr.js';

export interface BotCommand extends CommandInfo {
  composer: Composer<BotContext>;
}

export interface CreateBotOptions {
  deps: Omit<BotDeps, 'commands'>;
  commands: readonly BotCommand[];
  /** Update handlers that aren't commands (the bot's own membership: intro, pause, resume, migration); before the commands. */
  features?: readonly Composer<BotContext>[];
  /** Skip getMe (tests, the offline console). */
  botInfo?: UserFromGetMe;
  /** Another Bot API server (self-hosted, or a test stand-in). */
  apiRoot?: string;
  /** Answered updates per sender and chat per window; unset = no limit (tests, the offline console). */
  rateLimit?: { limit: number; windowMs: number };
  /** How long a "yes, admin" from Telegram may serve menu navigation (default 30 s, at most 60 s; changes always ask). */
  adminCacheMs?: number;
  /** The shared store's leases when other processes take updates too (webhook on Redis or PostgreSQL): per-chat order across them. */
  chatLeases?: LeaseProvider;
}

export const APOLOGY = 'Sorry, something went wrong on our side. Please try again in a minute.';
export const UNKNOWN_BUTTON = 'This button is out of date. Send the command again.';
export const DEFAULT_ADMIN_CACHE_MS = 30_000;

export function createBot(token: string, options: CreateBotOptions): Bot<BotContext> {
  const bot = new Bot<BotContext>(token, {
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
    ...(options.apiRoot ? { client: { apiRoot: options.apiRoot } } : {}),
  });
  const deps: BotDeps = { ...options.deps, commands: options.commands.map(({ composer: _c, ...info }) => info) };
  const now = () => deps.clock.now().getTime();
  const admins = createAdminCheck({ now, ttlMs: options.adminCacheMs ?? DEFAULT_ADMIN_CACHE_MS });

  // Before anything reads or writes a chat's state: its updates are handled one at a time.
  bot.use(
    ...chatOrder<BotContext>({
      ...(options.chatLeases ? { leases: options.chatLeases } : {}),
      onWaitedTooLong: (chat) => deps.logger.warn({ code: 'CHAT_ORDER_WAIT', chat }, "another process kept this chat's update past the wait; handling this one anyway"),
    }),
  );
  // The reader's language (ctx.t) before anything answers, the apology and the flood notice included.
  // One middleware with the deps: every layer of the chain costs each update a few µs.
  const i18n = i18nMiddleware({ languages: deps.languages, clock: deps.clock });
  bot.use((ctx, next) => {
    ctx.deps = deps;
    ctx.admins = admins;
    lazyUpdateLog(ctx, deps.logger);
    return i18n(ctx, next);
  });

  const safe = bot.errorBoundary(async (error) => {
    const ctx = error.ctx;
    ctx.log.error({ code: 'UPDATE_HANDLER_FAILED', err: error.error, updateId: ctx.update.update_id }, 'handler failed');
    // Subscribers never see internal errors, only a short apology: a toast for a press (no new
    // message under the menu), a message otherwise.
    const apology = tr(ctx)('apology');
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: apology, show_alert: true });
    else if (ctx.chat) await ctx.reply(apology, replyTarget(ctx)).catch((e: unknown) => ctx.log.warn({ code: 'APOLOGY_NOT_SENT', err: e }, 'apology not sent'));
  });
  safe.use(answerEveryCallback());
  if (options.rateLimit) safe.use(rateLimitAnswers({ ...options.rateLimit, now }));
  for (const feature of options.features ?? []) safe.use(feature);
  for (const command of options.commands) safe.use(command.composer);

  // Last: in private chats, anything unrecognised gets a hint; in groups the bot stays quiet.
  safe.chatType('private').on('message', (ctx) =>
    ctx.reply(
      tr(ctx)(ctx.msg.text?.startsWith('/') ? 'unknown-command' : 'private-hint'),
    ),
  );
  // A press no handler took (foreign or outdated data) still gets an answer, so its spinner stops.
  safe.on('callback_query', (ctx) => ctx.answerCallbackQuery({ text: tr(ctx)('unknown-button'), show_alert: true }));
  return bot;
}

/** ctx.log, the logger bound to this update's id, made when first used: most updates log nothing. */
function lazyUpdateLog(ctx: BotContext, logger: BotDeps['logger']): void {
  Object.defineProperty(ctx, 'log', {
    configurable: true,
    enumerable: true,
    get: () => {
      const log = logger.child({ updateId: ctx.update.update_id });
      Object.defineProperty(ctx, 'log', { value: log, writable: true, configurable: true, enumerable: true });
      return log;
    },
    set: (log: BotContext['log']) => {
      Object.defineProperty(ctx, 'log', { value: log, writable: true, configurable: true, enumerable: true });
    },
  });
}
