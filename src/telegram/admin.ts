// Who may change a chat's settings: anyone in a private chat; in groups only admins, including
// anonymous admins (they post as the group itself, `sender_chat` = the chat); in channels the
// channel itself (a channel post is written by an admin by definition).
import { GrammyError, type Api } from 'grammy';
import type { BotContext } from './context.js';

const ADMIN_STATUSES = new Set(['creator', 'administrator']);

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

/**
 * Whether `userId` is an admin (or the creator) of `chatId`, asked of Telegram now. Telegram's
 * 400/403 ("user not found", "bot is not a member") mean "not an admin here", not a failure.
 */
export async function askIsAdmin(api: Api, chatId: number, userId: number): Promise<boolean> {
  try {
    const member = await api.getChatMember(chatId, userId);
    return ADMIN_STATUSES.has(member.status);
  } catch (error) {
    if (error instanceof GrammyError && (error.error_code === 400 || error.error_code === 403)) return false;
    throw error;
  }
}

export const ADMINS_ONLY = 'Only the chat’s admins can change its digest settings.';