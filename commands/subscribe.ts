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
import { tr } from '../src/i18n/tr.js';
import type { Translate } from '../src/i18n/translate.port.js';


export const subscribe = defineCommand({
  name: 'subscribe',
  description: 'Get the digest daily, e.g. /subscribe 07:30 Europe/Minsk',
  adminOnly: true,
  handle: async (ctx) => {
    const chat = ctx.chat;
    if (!chat) return;
    const args = parseSubscribeArgs(ctx.match);
    if (!args.ok) return replyHtml(ctx, escapeHtml(`${tr(ctx)(args.key, args.vars)} ${tr(ctx)('subscribe-usage')}`));

    let target: SubscribeRequest;
    if (args.target !== undefined) {
      if (chat.type !== 'private' || !ctx.from) {
        return replyHtml(ctx, escapeHtml(tr(ctx)('subscribe-channel-from-private')));
      }
      const check = await checkChannel(ctx.api, args.target, ctx.from.id, ctx.me.id, tr(ctx));
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
  const t = tr(ctx);
  const channel = request.chatType === 'channel';
  const where = channel
    ? t('subscribe-where-channel', { channel: escapeHtml(request.title ?? String(request.chatId)) })
    : t(existing?.status === 'active' ? 'subscribe-where-updated' : 'subscribe-where-new');
  const manage = ` ${t(channel ? 'subscribe-manage-channel' : 'subscribe-manage')}`;
  const slot = nextSlotAfter(next, clock.now());
  const first = slot ? ` ${t('subscribe-next-due', { wait: untilText(slot.scheduledAt.getTime() - clock.now().getTime(), t) })}` : '';
  const daily = t('subscribe-daily', { where, time: `<b>${next.time}</b>`, zone: escapeHtml(next.timeZone) });
  return replyHtml(ctx, `${daily}${first}${manage}`);
}

/** 7 h 12 min, 45 min, 1 min. */
function untilText(ms: number, t: Translate): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  const hours = Math.floor(minutes / 60);
  return hours ? t('duration-hours-minutes', { hours, minutes: minutes % 60 }) : t('duration-minutes', { minutes });
}
