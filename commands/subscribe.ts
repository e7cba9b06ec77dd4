// /subscribe [HH:MM] [Area/City] — this chat; /subscribe @channel [HH:MM] [zone] — a channel
// you admin, from a private chat. Digests are delivered by the scheduler.
import { nextSlotAfter } from '../src/delivery/schedule.js';
import { parseSubscribeArgs } from '../src/subscriptions/subscribe-args.js';
import type { Subscription } from '../src/subscriptions/subscription.js';
import { subscribe as subscribeState, type SubscribeRequest } from '../src/subscriptions/subscription-state.js';
import { checkChannel } from './channel-access.js';
import type { BotContext } from '../src/telegram/context.js';
import { defineCommand } from '../src/telegram/define-command.js';
import { escapeHtml } from '../src/render/telegram-html.js';
import { replyHtml } from '../src/telegram/reply.js';
import { threadIdOf } from '../src/telegram/reply-target.js';


export const subscribe = defineCommand({
  name: 'subscribe',
  description: 'Get the digest daily, e.g. /subscribe 07:30 Europe/Minsk',
  adminOnly: true,
  handle: async (ctx) => {
    const chat = ctx.chat;
    if (!chat) return;
    const args = parseSubscribeArgs(ctx.match);
    if (!args.ok) return replyHtml(ctx, escapeHtml(args.message));

    let target: SubscribeRequest;
    if (args.target !== undefined) {
      if (chat.type !== 'private' || !ctx.from) {
        return replyHtml(ctx, 'To subscribe a channel, send /subscribe @channel to me in a private chat.');
      }
      const check = await checkChannel(ctx.api, args.target, ctx.from.id, ctx.me.id);
      if (!check.ok) return replyHtml(ctx, escapeHtml(check.problems.join('\n')));
      target = { chatId: check.chat.id, chatType: 'channel', ownerUserId: ctx.from.id, ...titleOf(check.chat) };
    } else {
      const threadId = threadIdOf(ctx.msg);
      target = { chatId: chat.id, chatType: chat.type, ...('title' in chat && chat.title ? { title: chat.title } : {}), ...(threadId !== undefined ? { threadId } : {}) };
    }
    return saveAndConfirm(ctx, { ...target, ...(args.time ? { time: args.time } : {}), ...(args.timeZone ? { timeZone: args.timeZone } : {}) });
  },
});

function titleOf(chat: { title?: string; username?: string }): { title?: string } {
  const title = chat.username ? `@${chat.username}` : chat.title;
  return title ? { title } : {};
}

async function saveAndConfirm(ctx: BotContext, request: SubscribeRequest) {
  const { subscriptions, clock, defaults } = ctx.deps;
  const existing = await subscriptions.get(request.chatId);
  const next: Subscription = subscribeState(existing, request, defaults, clock.now());
  await subscriptions.put(next);
  const channel = request.chatType === 'channel';
  const where = channel ? `${escapeHtml(request.title ?? String(request.chatId))} is subscribed` : existing?.status === 'active' ? 'Updated' : 'Subscribed';
  const manage = channel ? ' Manage it here with /settings.' : ' Change it with /settings, stop with /unsubscribe.';
  const slot = nextSlotAfter(next, clock.now());
  const first = slot ? ` The next one is due in ${untilText(slot.scheduledAt.getTime() - clock.now().getTime())}.` : '';
  return replyHtml(ctx, `${where}: the digest comes every day at <b>${next.time}</b> (${escapeHtml(next.timeZone)}).${first}${manage}`);
}

/** 7 h 12 min, 45 min, 1 min. */
function untilText(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  const hours = Math.floor(minutes / 60);
  return hours ? `${hours} h ${minutes % 60} min` : `${minutes} min`;
}
