// Asking Telegram whether a user is an admin of a chat (no context, no cache: admin-cache.ts caches it).
import { GrammyError, type Api } from 'grammy';

const ADMIN_STATUSES = new Set(['creator', 'administrator']);

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
