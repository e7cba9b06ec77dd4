// /unsubscribe: stop the daily digest (settings are kept, so /subscribe restores them).
import { defineCommand } from '../src/telegram/define-command.js';
import { replyHtml } from '../src/telegram/reply.js';

export const unsubscribe = defineCommand({
  name: 'unsubscribe',
  description: 'Stop the daily digest',
  adminOnly: true,
  handle: async (ctx, { subscriptions, clock }) => {
    const chatId = ctx.chat?.id;
    if (chatId === undefined) return;
    const current = await subscriptions.get(chatId);
    if (!current?.active) return replyHtml(ctx, 'This chat is not subscribed. Send /subscribe to get the daily digest.');
    await subscriptions.deactivate(chatId, clock.now());
    return replyHtml(ctx, 'Unsubscribed. No more daily digests here; /subscribe brings them back with the same settings.');
  },
});
