// /subscribe [HH:MM] [Area/City] — this chat; /subscribe @channel [HH:MM] [zone] — a channel
// you admin, from a private chat. Digests are delivered by the scheduler.
import { nextSlotAfter } from '../src/delivery/schedule.js';
import { parseSubscribeArgs } from '../src/subscriptions/subscribe-args.js';
import type { Subscription } from '../src/subscriptions/subscription.js';
import { checkChannel } from '../src/telegram/channel-check.js';
import type { BotContext } from '../src/telegram/context.js';
import { defineCommand } from '../src/telegram/define-command.js';
import { escapeHtml } from '../src/telegram/html.js';
import { replyHtml } from '../src/telegram/reply.js';

type Target = { id: number; type: Subscription['chatType']; title?: string; ownerUserId?: number; threadId?: number };

export const subscribe = defineCommand({
  name: 'subscribe',
  description: 'Get the digest daily, e.g. /subscribe 07:30 Europe/Minsk',
  adminOnly: true,
  handle: async (ctx, deps) => {
    const chat = ctx.chat;
    if (!chat) return;
    const args = parseSubscribeArgs(ctx.match);
    if (!args.ok) return replyHtml(ctx, escapeHtml(args.message));

    let target: Target;
    if (args.target !== undefined) {
      if (chat.type !== 'private' || !ctx.from) {
        return replyHtml(ctx, 'To subscribe a channel, send /subscribe @channel to me in a private chat.');
      }
      const check = await checkChannel(ctx.api, args.target, ctx.from.id, ctx.me.id);
      if (!check.ok) return replyHtml(ctx, escapeHtml(check.problems.join('\n')));
      target = { id: check.chat.id, type: 'channel', ownerUserId: ctx.from.id, ...titleOf(check.chat) };
    } else {
      const threadId = ctx.msg?.is_topic_message ? ctx.msg.message_thread_id : undefined;
      target = { id: chat.id, type: chat.type, ...('title' in chat && chat.title ? { title: chat.title } : {}), ...(threadId ? { threadId } : {}) };
    }
    return saveAndConfirm(ctx, target, args);
  },
});

function titleOf(chat: { title?: string; username?: string }): { title?: string } {
  const title = chat.username ? `@${chat.username}` : chat.title;
  return title ? { title } : {};
}

async function saveAndConfirm(ctx: BotContext, target: Target, args: { time?: string; timeZone?: string }) {
  const { subscriptions, clock, defaults } = ctx.deps;
  const now = clock.now().toISOString();
  const existing = await subscriptions.get(target.id);
  const next: Subscription = {
    ...existing,
    chatId: target.id,
    chatType: target.type,
    ...(target.title ? { title: target.title } : {}),
    ...(target.ownerUserId !== undefined ? { ownerUserId: target.ownerUserId } : {}),
    ...(target.threadId !== undefined ? { threadId: target.threadId } : {}),
    time: args.time ?? existing?.time ?? defaults.digestTime,
    timeZone: args.timeZone ?? existing?.timeZone ?? defaults.timeZone,
    include: existing?.include ?? [],
    exclude: existing?.exclude ?? [],
    status: 'active',
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
  delete next.pausedReason;
  await subscriptions.put(next);
  const where = target.type === 'channel' ? `${escapeHtml(target.title ?? String(target.id))} is subscribed` : existing?.status === 'active' ? 'Updated' : 'Subscribed';
  const manage = target.type === 'channel' ? ' Manage it here with /settings.' : ' Change it with /settings, stop with /unsubscribe.';
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
