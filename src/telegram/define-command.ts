// One chat command = one Composer built from a name, a description and a handler.
import { Composer } from 'grammy';
import { ADMINS_ONLY, isChatAdmin } from './admin.js';
import { commandMatcher } from './command-match.js';
import type { BotContext, BotDeps, CommandInfo } from './context.js';

export interface CommandDefinition extends CommandInfo {
  handle(ctx: BotContext & { match: string }, deps: BotDeps): Promise<unknown>;
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
  const composer = new Composer<BotContext>();
  composer.filter(commandMatcher(definition.name), async (ctx) => {
    if (definition.adminOnly && !(await isChatAdmin(ctx))) {
      return ctx.reply(ADMINS_ONLY, threadOf(ctx));
    }
    return definition.handle(ctx, ctx.deps);
  });
  const { handle: _handle, ...info } = definition;
  return { ...info, composer };
}

/** Keeps a reply in the forum topic the command came from. */
export function threadOf(ctx: BotContext): { message_thread_id?: number } {
  return ctx.msg?.is_topic_message && ctx.msg.message_thread_id ? { message_thread_id: ctx.msg.message_thread_id } : {};
}
