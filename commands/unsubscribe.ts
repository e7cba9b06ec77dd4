// /unsubscribe — stop this chat's digest; /unsubscribe @channel — a channel you are an admin of now
// (asked of Telegram each time; any admin of it, not only the one who subscribed it).
// The record is kept (status "unsubscribed"), so /subscribe restores the same settings.
import { unsubscribe as unsubscribeState } from '../src/subscriptions/subscription-state.js';
import { managedChannel, parseChannelRef } from './channel-access.js';
import { defineCommand } from '../src/telegram/define-command.js';
import { escapeHtml } from '../src/render/telegram-html.js';
import { replyHtml } from '../src/telegram/reply.js';
import { tr } from '../src/i18n/tr.js';

export const unsubscribe = defineCommand({
  name: 'unsubscribe',
  description: 'Stop the daily digest',
  adminOnly: true,
  handle: async (ctx, { subscriptions, clock }) => {
    const chat = ctx.chat;
    if (!chat) return;
    const t = tr(ctx);
    const say = (key: string) => replyHtml(ctx, escapeHtml(t(key)));
    let chatId = chat.id;
    const argument = ctx.match.trim();
    if (argument) {
      const ref = parseChannelRef(argument);
      if (ref === undefined) return say('unsubscribe-usage');
      if (chat.type !== 'private') return say('unsubscribe-channel-from-private');
      const found = await managedChannel(ctx, ref);
      if (!found.ok) return replyHtml(ctx, escapeHtml(found.message));
      chatId = found.subscription.chatId;
    }
    const current = await subscriptions.get(chatId);
    if (!current || current.status === 'unsubscribed') {
      return say('unsubscribe-not-subscribed');
    }
    await subscriptions.update(chatId, (s) => unsubscribeState(s, clock.now()));
    return say('unsubscribe-done');
  },
});
