// One chat feature = one Composer built from a command (name, description, handler) plus, when it has
// them, its buttons (callback data with its own prefix) and its typed follow-ups (answers to the
// questions it asked). The registry in commands/index.ts feeds the bot, /help and the command menus.
import { Composer, type NextFunction } from 'grammy';
import { isChatAdmin } from './admin.js';
import { tr } from '../i18n/tr.js';
import { commandMatcher, type CommandContext } from './command-match.js';
import type { BotContext, BotDeps, CommandInfo } from './context.js';
import { replyTarget } from './reply-target.js';

export interface CommandDefinition extends CommandInfo {
  handle: (ctx: CommandContext, deps: BotDeps) => Promise<unknown>;
  /**
   * With `adminOnly`: false when the handler checks rights itself (it answers some callers before
   * asking Telegram). `adminOnly` still marks it in /help and the menus. Default true.
   */
  refuseNonAdmins?: boolean;
  /** Presses of this feature's buttons: callback data starting with `prefix` (unique per feature). */
  buttons?: { prefix: string; handle: (ctx: BotContext, deps: BotDeps) => Promise<unknown> };
  /** A text message that may answer a question this feature asked; `next()` when it is not one. */
  followUp?: (ctx: BotContext, next: NextFunction) => Promise<unknown>;
}

export interface Command extends CommandInfo {
  composer: Composer<BotContext>;
}

/**
 * Works as /cmd and /cmd@BotName in any case (/Cmd, /CMD@botname), in messages and channel posts;
 * /cmd@OtherBot is ignored.
 * `adminOnly` commands are refused, with a short reply, to non-admins of groups.
 *
 * @example
 * export const ping = defineCommand({ name: 'ping', description: 'Check the bot is alive',
 *   handle: (ctx) => ctx.reply('pong') })
 */
export function defineCommand(definition: CommandDefinition): Command {
  const { handle, refuseNonAdmins = true, buttons, followUp, ...info } = definition;
  const composer = new Composer<BotContext>();
  composer.filter(commandMatcher(definition.name), async (ctx) => {
    if (definition.adminOnly && refuseNonAdmins && !(await isChatAdmin(ctx))) {
      return ctx.reply(tr(ctx)('admins-only'), replyTarget(ctx));
    }
    return handle(ctx, ctx.deps);
  });
  if (buttons) {
    composer.filter((ctx) => ctx.callbackQuery?.data?.startsWith(buttons.prefix) === true, (ctx) => buttons.handle(ctx, ctx.deps));
  }
  if (followUp) composer.on('message:text', (ctx, next) => followUp(ctx, next));
  return { ...info, composer };
}

