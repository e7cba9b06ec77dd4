// Channels are managed from a private chat with the bot. Before a channel is subscribed: can the bot
// post there, and is the user an admin there (both problems reported together, in words the user can
// act on)? Afterwards ("/settings @channel", "/unsubscribe @channel"): any current admin of the
// channel may manage its digest (asked of Telegram every time), not only the admin who subscribed it.
import { GrammyError, type Api } from 'grammy';
import type { Subscription } from '../src/subscriptions/subscription.js';
import { ADMINS_ONLY } from '../src/telegram/admin.js';
import type { BotContext } from '../src/telegram/context.js';

export type ChannelCheck =
  | { ok: true; chat: { id: number; title?: string; username?: string } }
  | { ok: false; problems: string[] };

export async function checkChannel(api: Api, target: string | number, userId: number, botId: number): Promise<ChannelCheck> {
  const label = typeof target === 'string' ? target : `channel ${target}`;
  let chat;
  try {
    chat = await api.getChat(target);
  } catch (error) {
    if (error instanceof GrammyError && (error.error_code === 400 || error.error_code === 403)) {
      return { ok: false, problems: [`I can't find ${label}. Check the name, add me to the channel as an admin, and try again.`] };
    }
    throw error;
  }
  if (chat.type !== 'channel') {
    return { ok: false, problems: [`${label} is not a channel. To subscribe a group, send /subscribe in the group itself.`] };
  }
  const problems: string[] = [];
  const bot = await memberStatus(api, chat.id, botId);
  if (!(bot?.status === 'administrator' && bot.can_post_messages !== false)) {
    problems.push(`I can't post in ${label}: make me an admin of the channel with the "Post messages" right.`);
  }
  const user = await memberStatus(api, chat.id, userId);
  if (!(user?.status === 'creator' || user?.status === 'administrator')) {
    problems.push(`Only admins of ${label} can subscribe it, and you are not one there.`);
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
  const label = typeof ref === 'string' ? ref : `channel ${ref}`;
  const userId = ctx.from?.id;
  if (userId === undefined) return { ok: false, message: ADMINS_ONLY };
  const chatId = (await lookUpChatId(ctx, ref)) ?? (await storedChatId(ctx, ref));
  if (chatId === undefined) return { ok: false, message: `I can't find ${label}. Check the name and that I am still an admin there.` };
  const subscription = await ctx.deps.subscriptions.get(chatId);
  if (!subscription || subscription.chatType !== 'channel') {
    return { ok: false, message: `${label} has no digest subscription. An admin of it can send /subscribe ${label} here.` };
  }
  if (!(await ctx.admins.isAdmin(ctx.api, chatId, userId, 'fresh'))) {
    return { ok: false, message: `Only admins of ${label} can change its digest, and you are not one there (any more).` };
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
