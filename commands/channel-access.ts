// Channels are managed from a private chat with the bot. Before a channel is subscribed: can the bot
// post there, and is the user an admin there (both problems reported together, in words the user can
// act on)? Afterwards ("/settings @channel", "/unsubscribe @channel"): any current admin of the
// channel may manage its digest (asked of Telegram every time), not only the admin who subscribed it.
import { GrammyError, type Api } from 'grammy';
import type { Subscription } from '../src/subscriptions/subscription.js';
import { translator } from '../src/i18n/fluent.js';
import { tr } from '../src/i18n/tr.js';
import type { Translate } from '../src/i18n/translate.port.js';
import type { BotContext } from '../src/telegram/context.js';

export type ChannelCheck =
  | { ok: true; chat: { id: number; title?: string; username?: string } }
  | { ok: false; problems: string[] };

/** The problems are worded in `t`'s language (the caller's). */
export async function checkChannel(api: Api, target: string | number, userId: number, botId: number, t: Translate = translator('en')): Promise<ChannelCheck> {
  const label = channelLabel(target, t);
  let chat;
  try {
    chat = await api.getChat(target);
  } catch (error) {
    if (error instanceof GrammyError && (error.error_code === 400 || error.error_code === 403)) {
      return { ok: false, problems: [t('channel-not-found', { channel: label })] };
    }
    throw error;
  }
  if (chat.type !== 'channel') {
    return { ok: false, problems: [t('channel-not-a-channel', { channel: label })] };
  }
  const problems: string[] = [];
  const bot = await memberStatus(api, chat.id, botId);
  if (!(bot?.status === 'administrator' && bot.can_post_messages !== false)) {
    problems.push(t('channel-cannot-post', { channel: label }));
  }
  const user = await memberStatus(api, chat.id, userId);
  if (!(user?.status === 'creator' || user?.status === 'administrator')) {
    problems.push(t('channel-not-admin-subscribe', { channel: label }));
  }
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    chat: { id: chat.id, ...(chat.title ? { title: chat.title } : {}), ...(chat.username ? { username: chat.username } : {}) },
  };
}

async function memberStatus(api: Api, chatId: number, userId: number) {
  try {
    const member = await api.getChatMember(chatId, userId);
    return { status: member.status, can_post_messages: 'can_post_messages' in member ? member.can_post_messages : undefined };
  } catch (error) {
    if (error instanceof GrammyError && (error.error_code === 400 || error.error_code === 403)) return undefined;
    throw error;
  }
}

export type ChannelRef = string | number;

/** "@dailynews", or "channel -1001234567" in `t`'s language (the id as digits, never grouped). */
export function channelLabel(ref: ChannelRef, t: Translate): string {
  return typeof ref === 'string' ? ref : t('channel-by-id', { id: String(ref) });
}

/** "@dailynews" → "@dailynews"; "-1001234567" → -1001234567; anything else → undefined. */
export function parseChannelRef(text: string): ChannelRef | undefined {
  const word = text.trim();
  if (/^@[A-Za-z]\w{3,31}$/.test(word)) return word;
  if (/^-100\d{5,}$/.test(word)) return Number(word);
  return undefined;
}

export type ManagedChannel = { ok: true; subscription: Subscription } | { ok: false; message: string };

/** The channel's subscription, if the user is an admin of the channel right now; else one line saying why not. */
export async function managedChannel(ctx: BotContext, ref: ChannelRef): Promise<ManagedChannel> {
  const t = tr(ctx);
  const label = channelLabel(ref, t);
  const userId = ctx.from?.id;
  if (userId === undefined) return { ok: false, message: t('admins-only') };
  const chatId = (await lookUpChatId(ctx, ref)) ?? (await storedChatId(ctx, ref));
  if (chatId === undefined) return { ok: false, message: t('channel-gone', { channel: label }) };
  const subscription = await ctx.deps.subscriptions.get(chatId);
  if (!subscription || subscription.chatType !== 'channel') {
    return { ok: false, message: t('channel-no-subscription', { channel: label }) };
  }
  if (!(await ctx.admins.isAdmin(ctx.api, chatId, userId, 'fresh'))) {
    return { ok: false, message: t('channel-not-admin-change', { channel: label }) };
  }
  return { ok: true, subscription };
}

async function lookUpChatId(ctx: BotContext, ref: ChannelRef): Promise<number | undefined> {
  try {
    return (await ctx.api.getChat(ref)).id;
  } catch (error) {
    if (error instanceof GrammyError && (error.error_code === 400 || error.error_code === 403)) return undefined;
    throw error;
  }
}

/** Telegram no longer shows us the channel (e.g. the bot was removed): match the stored name. */
async function storedChatId(ctx: BotContext, ref: ChannelRef): Promise<number | undefined> {
  if (typeof ref === 'number') return (await ctx.deps.subscriptions.get(ref))?.chatId;
  const name = ref.toLowerCase();
  return (await ctx.deps.subscriptions.list()).find((s) => s.chatType === 'channel' && s.title?.toLowerCase() === name)?.chatId;
}
