// "/settings @channel" and "/unsubscribe @channel" from a private chat: find the channel's
// subscription and let any current admin of the channel manage it (asked of Telegram every time),
// not only the admin who subscribed it.
import { GrammyError } from 'grammy';
import type { Subscription } from '../subscriptions/subscription.js';
import { ADMINS_ONLY } from './admin.js';
import type { BotContext } from './context.js';

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
