// Who may change a chat's settings: anyone in a private chat; in groups only admins, including
// anonymous admins (they post as the group itself, `sender_chat` = the chat); in channels the
// channel itself (a channel post is written by an admin by definition).
import type { BotContext } from './context.js';

/** For a command that changes settings: always asked of Telegram (the answer is then cached for menus). */
export async function isChatAdmin(ctx: BotContext): Promise<boolean> {
  const chat = ctx.chat;
  if (!chat) return false;
  if (chat.type === 'private') return true;
  if (chat.type === 'channel') return ctx.channelPost !== undefined || ctx.editedChannelPost !== undefined;
  if (ctx.msg?.sender_chat?.id === chat.id) return true;
  const userId = ctx.from?.id;
  if (userId === undefined) return false;
  return ctx.admins.isAdmin(ctx.api, chat.id, userId, 'fresh');
}

/** The refusal, in English (locales/*.ftl key `admins-only` has it in every language; handlers use that). */
export const ADMINS_ONLY = 'Only the chat’s admins can change its digest settings.';