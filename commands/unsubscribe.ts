// /unsubscribe — stop this chat's digest; /unsubscribe @channel — a channel you manage.
// The record is kept (status "unsubscribed"), so /subscribe restores the same settings.
import { parseSubscribeArgs } from '../src/subscriptions/subscribe-args.js';
import { defineCommand } from '../src/telegram/define-command.js';
import { escapeHtml } from '../src/telegram/html.js';
import { replyHtml } from '../src/telegram/reply.js';

export const unsubscribe = defineCommand({
  name: 'unsubscribe',
  description: 'Stop the daily digest',
  adminOnly: true,
  handle: async (ctx, { subscriptions, clock }) => {
    const chat = ctx.chat;
    if (!chat) return;
    const args = parseSubscribeArgs(ctx.match);
    let chatId = chat.id;
    if (args.ok && args.target !== undefined) {
      const owned = ctx.from ? await subscriptions.listOwnedBy(ctx.from.id) : [];
      const channel = owned.find((s) => s.chatId === args.target || s.title?.toLowerCase() === String(args.target).toLowerCase());
      if (!channel) return replyHtml(ctx, `You don't manage a subscription for ${escapeHtml(String(args.target))} here.`);
      chatId = channel.chatId;
    }
    const current = await subscriptions.get(chatId);
    if (!current || current.status === 'unsubscribed') {
      return replyHtml(ctx, 'Not subscribed. Send /subscribe to get the daily digest.');
    }
    await subscriptions.update(chatId, (s) => ({ ...s, status: 'unsubscribed', updatedAt: clock.now().toISOString() }));
    return replyHtml(ctx, 'Unsubscribed: no more daily digests. /subscribe brings them back with the same settings.');
  },
});
