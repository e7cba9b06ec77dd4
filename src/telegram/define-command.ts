// One chat command = one Composer built from a name, a description and a handler.
import { Composer } from 'grammy';
import type { BotContext, BotDeps, CommandInfo } from './context.js';

export interface CommandDefinition extends CommandInfo {
  handle(ctx: BotContext & { match: string }, deps: BotDeps): Promise<unknown>;
}

export interface Command extends CommandInfo {
  composer: Composer<BotContext>;
}

/**
 * @example
 * export const ping = defineCommand({ name: 'ping', description: 'Check the bot is alive',
 *   handle: (ctx) => ctx.reply('pong') })
 */
export function defineCommand(definition: CommandDefinition): Command {
  const composer = new Composer<BotContext>();
  composer.command(definition.name, (ctx) => definition.handle(ctx as BotContext & { match: string }, ctx.deps));
  const { handle: _handle, ...info } = definition;
  return { ...info, composer };
}
