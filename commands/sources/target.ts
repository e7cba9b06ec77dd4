// Whose sources "/sources" is about, and whether the caller may change them. The rules of /settings:
// a private chat is its user's; in a group anyone may look, only admins (anonymous ones too) may change;
// a channel is managed from a private chat ("/sources @channel …") by a current admin of it, asked of
// Telegram every time, for looking as well as changing (the list is an admin's screen there).
import { GrammyError } from 'grammy';
import type { ChannelRef } from '../channel-access.js';
import { isChatAdmin } from '../../src/telegram/admin.js';
import type { BotContext } from '../../src/telegram/context.js';

export interface SourcesTarget {
  chatId: number;
  /** How replies name it: "this chat" or "@dailynews". */
  label: string;
  /** The command with its target, for hints: "/sources" or "/sources @dailynews". */
  command: string;
}

export type TargetCheck = { ok: true; target: SourcesTarget } | { ok: false; message: string };

const FROM_PRIVATE = 'To manage a channel’s sources, send /sources @channel to me in a private chat.';
export const ADMINS_ONLY_SOURCES = 'Only the chat’s admins can change its sources.';

export async function sourcesTarget(ctx: BotContext, channel: ChannelRef | undefined, changing: boolean): Promise<TargetCheck> {
  const chat = ctx.chat;
  if (!chat) return { ok: false, message: FROM_PRIVATE };
  if (chat.type === 'channel' || (channel !== undefined && chat.type !== 'private')) return { ok: false, message: FROM_PRIVATE };
  if (channel !== undefined) return channelTarget(ctx, channel);
  if (changing && !(await isChatAdmin(ctx))) return { ok: false, message: ADMINS_ONLY_SOURCES };
  return { ok: true, target: { chatId: chat.id, label: 'this chat', command: '/sources' } };
}

async function channelTarget(ctx: BotContext, ref: ChannelRef): Promise<TargetCheck> {
  const asked = typeof ref === 'string' ? ref : `channel ${ref}`;
  const userId = ctx.from?.id;
  const chat = await getChat(ctx, ref);
  if (!chat) return { ok: false, message: `I can’t find ${asked}. Check the name, add me to the channel as an admin, and try again.` };
  if (chat.type !== 'channel') return { ok: false, message: `${asked} is not a channel. For a group, send /sources in the group itself.` };
  if (userId === undefined || !(await ctx.admins.isAdmin(ctx.api, chat.id, userId, 'fresh'))) {
    return { ok: false, message: `Only admins of ${asked} can manage its sources, and you are not one there.` };
  }
  const label = chat.username ? `@${chat.username}` : (chat.title ?? asked);
  return { ok: true, target: { chatId: chat.id, label, command: `/sources ${chat.username ? `@${chat.username}` : chat.id}` } };
}

/** Telegram's 400/403 (no such chat, or the bot isn't in it) mean "can't find it", not a failure. */
async function getChat(ctx: BotContext, ref: ChannelRef) {
  try {
    return await ctx.api.getChat(ref);
  } catch (error) {
    if (error instanceof GrammyError && (error.error_code === 400 || error.error_code === 403)) return undefined;
    throw error;
  }
}
