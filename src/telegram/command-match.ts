// Matching "/name", "/Name" and "/NAME@BotName" (any case) at the start of a message or channel
// post. grammY's own `command` filter compares names case-sensitively, so "/Latest" went unanswered.
import type { BotContext } from './context.js';

export type CommandContext = BotContext & { match: string };

/**
 * A filter for `composer.filter`: true for this command addressed to no bot or to this one, with
 * `ctx.match` set to the text after it (like grammY's). "/name@OtherBot" does not match.
 *
 * @example composer.filter(commandMatcher('latest'), (ctx) => ctx.reply(ctx.match))
 */
export function commandMatcher(name: string): (ctx: BotContext) => ctx is CommandContext {
  const wanted = name.toLowerCase();
  return (ctx): ctx is CommandContext => {
    const found = addressedCommand(ctx);
    if (found?.name !== wanted) return false;
    ctx.match = found.rest;
    return true;
  };
}

/**
 * The command a message or channel post starts with (lower-cased), when it is addressed to no bot
 * or to this one; undefined otherwise. The flood limit uses it to count what the bot answers.
 */
export function addressedCommand(ctx: BotContext): { name: string; rest: string } | undefined {
  const msg = ctx.message ?? ctx.channelPost;
  if (!msg) return undefined;
  const text = msg.text ?? msg.caption;
  const entity = (msg.text !== undefined ? msg.entities : msg.caption_entities)?.find((e) => e.type === 'bot_command' && e.offset === 0);
  if (text === undefined || !entity) return undefined;
  const [command = '', addressee] = text.slice(1, entity.length).split('@', 2);
  if (addressee !== undefined && addressee.toLowerCase() !== ctx.me.username.toLowerCase()) return undefined;
  return { name: command.toLowerCase(), rest: text.slice(entity.length).trimStart() };
}
