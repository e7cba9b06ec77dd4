// /unsubscribe — stop this chat's digest; /unsubscribe @channel — a channel you are an admin of now
// (asked of Telegram each time; any admin of it, not only the one who subscribed it).
// The record is kept (status "unsubscribed"), so /subscribe restores the same settings.
import { unsubscribe as unsubscribeState } from '../src/subscriptions/subscription-state.js';
import { managedChannel, parseChannelRef } from './channel-access.js';
import { defineCommand } from '../src/telegram/define-command.js';
import { escapeHtml } from '../src/render/telegram-html.js';
import { replyHtml } from '../src/telegram/reply.js';

const USAGE = 'Usage: /unsubscribe for this chat, or /unsubscribe @channel (in a private chat with me) for a channel you admin.';

export const unsubscribe = defineCommand({
  name: 'unsubscribe',
  description: 'Stop the daily digest',
  adminOnly: true,
  handle: async (ctx, { subscriptions, clock }) => {
    const chat = ctx.chat;
    if (!chat) return;
    let chatId = chat.id;
    const argument = ctx.match.trim();
    if (argument) {
      const ref = parseChannelRef(argument);
      if (ref === undefined) return replyHtml(ctx, escapeHtml(USAGE));
      if (chat.type !== 'private') return replyHtml(ctx, 'To unsubscribe a channel, send /unsubscribe @channel to me in a private chat.');
      const found = await managedChannel(ctx, ref);
      if (!found.ok) return replyHtml(ctx, escapeHtml(found.message));
      chatId = found.subscription.chatId;
    }
    const current = await subscriptions.get(chatId);
    if (!current || current.status === 'unsubscribed') {
      return replyHtml(ctx, 'Not subscribed. Send /subscribe to get the daily digest.');
    }
    await subscriptions.update(chatId, (s) => unsubscribeState(s, clock.now()));
    return replyHtml(ctx, 'Unsubscribed: no more daily digests. /subscribe brings them back with the same settings.');
  },
});
