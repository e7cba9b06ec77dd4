// Whose sources "/sources" is about, and whether the caller may change them. The rules of /settings:
// a private chat is its user's; in a group anyone may look, only admins (anonymous ones too) may change;
// a channel is managed from a private chat ("/sources @channel …") by a current admin of it, asked of
// Telegram every time, for looking as well as changing (the list is an admin's screen there).
import { GrammyError } from 'grammy';
import type { ChannelRef } from '../channel-access.js';
import { isChatAdmin } from '../../src/telegram/admin.js';
import type { BotContext } from '../../src/telegram/context.js';
import { tr } from '../../src/i18n/tr.js';
import { channelLabel } from '../channel-access.js';

export interface SourcesTarget {
  chatId: number;
  /** How replies name it: "this chat" (in the reader's language) or "@dailynews". */
  label: string;
  /** The chat the command was sent in (replies say "this chat"). */
  self?: boolean;
  /** The command with its target, for hints: "/sources" or "/sources @dailynews". */
  command: string;
}

export type TargetCheck = { ok: true; target: SourcesTarget } | { ok: false; message: string };


export async function sourcesTarget(ctx: BotContext, channel: ChannelRef | undefined, changing: boolean): Promise<TargetCheck> {
  const t = tr(ctx);
  const chat = ctx.chat;
  const fromPrivate = { ok: false, message: t('sources-from-private') } as const;
  if (!chat) return fromPrivate;
  if (chat.type === 'channel' || (channel !== undefined && chat.type !== 'private')) return fromPrivate;
  if (channel !== undefined) return channelTarget(ctx, channel);
  if (changing && !(await isChatAdmin(ctx))) return { ok: false, message: t('sources-admins-only') };
  return { ok: true, target: { chatId: chat.id, label: t('sources-this-chat'), self: true, command: '/sources' } };
}

async function channelTarget(ctx: BotContext, ref: ChannelRef): Promise<TargetCheck> {
  const t = tr(ctx);
  const asked = channelLabel(ref, t);
  const userId = ctx.from?.id;
  const chat = await getChat(ctx, ref);
  if (!chat) return { ok: false, message: t('sources-channel-not-found', { channel: asked }) };
  if (chat.type !== 'channel') return { ok: false, message: t('sources-not-a-channel', { channel: asked }) };
  if (userId === undefined || !(await ctx.admins.isAdmin(ctx.api, chat.id, userId, 'fresh'))) {
    return { ok: false, message: t('sources-not-admin', { channel: asked }) };
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
