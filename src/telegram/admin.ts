// Who may change a chat's settings: anyone in a private chat; in groups only admins, including
// anonymous admins (they post as the group itself, `sender_chat` = the chat); in channels the
// channel itself (a channel post is written by an admin by definition).
import { GrammyError, type Context } from 'grammy';

const ADMIN_STATUSES = new Set(['creator', 'administrator']);

export async function isChatAdmin(ctx: Context): Promise<boolean> {
  const chat = ctx.chat;
  if (!chat) return false;
  if (chat.type === 'private') return true;
  if (chat.type === 'channel') return ctx.channelPost !== undefined || ctx.editedChannelPost !== undefined;
  if (ctx.msg?.sender_chat?.id === chat.id) return true;
  const userId = ctx.from?.id;
  if (userId === undefined) return false;
  return isAdminOf(ctx, chat.id, userId);
}

/**
 * Whether `userId` is an admin (or the creator) of `chatId`, asked of Telegram. Telegram's 400/403
 * ("user not found", "bot is not a member") mean "not an admin here", not a failure.
 */
export async function isAdminOf(ctx: Context, chatId: number, userId: number): Promise<boolean> {
  try {
    const member = await ctx.api.getChatMember(chatId, userId);
    return ADMIN_STATUSES.has(member.status);
  } catch (error) {
    if (error instanceof GrammyError && (error.error_code === 400 || error.error_code === 403)) return false;
    throw error;
  }
}

export const ADMINS_ONLY = 'Only the chat’s admins can change its digest settings.';
