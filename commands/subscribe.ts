// /subscribe [HH:MM] [Area/City]: daily digest for this chat (delivery comes with the scheduler).
import { isValidTimeZone } from '../src/config.js';
import { escapeHtml } from '../src/telegram/html.js';
import { defineCommand } from '../src/telegram/define-command.js';
import { replyHtml } from '../src/telegram/reply.js';
import type { Subscription } from '../src/subscriptions/subscription.js';

export type SubscribeArgs = { ok: true; time?: string; timeZone?: string } | { ok: false; message: string };

const USAGE = 'Usage: /subscribe [HH:MM] [time zone], e.g. /subscribe 07:30 Europe/Minsk';

export function parseSubscribeArgs(argument: string): SubscribeArgs {
  const result: { ok: true; time?: string; timeZone?: string } = { ok: true };
  for (const word of argument.trim().split(/\s+/).filter(Boolean)) {
    if (/^\d{1,2}:\d{2}$/.test(word)) {
      const [h, m] = word.split(':').map(Number) as [number, number];
      if (h > 23 || m > 59) return { ok: false, message: `${word} is not a time of day: use 00:00–23:59. ${USAGE}` };
      result.time = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
    } else if (isValidTimeZone(word)) {
      result.timeZone = canonicalZone(word);
    } else {
      return { ok: false, message: `I don't know the time zone "${word}". Use an IANA name such as Europe/Minsk or UTC. ${USAGE}` };
    }
  }
  return result;
}

function canonicalZone(zone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
}

export const subscribe = defineCommand({
  name: 'subscribe',
  description: 'Get the digest daily, e.g. /subscribe 07:30 Europe/Minsk',
  adminOnly: true,
  handle: async (ctx, { subscriptions, clock, defaults }) => {
    const chat = ctx.chat;
    if (!chat) return;
    const args = parseSubscribeArgs(ctx.match);
    if (!args.ok) return replyHtml(ctx, escapeHtml(args.message));
    const now = clock.now().toISOString();
    const existing = await subscriptions.get(chat.id);
    const next: Subscription = {
      chatId: chat.id,
      chatType: chat.type,
      ...('title' in chat && chat.title ? { title: chat.title } : {}),
      time: args.time ?? existing?.time ?? defaults.digestTime,
      timeZone: args.timeZone ?? existing?.timeZone ?? defaults.timeZone,
      ...(ctx.msg?.is_topic_message && ctx.msg.message_thread_id ? { threadId: ctx.msg.message_thread_id } : {}),
      include: existing?.include ?? [],
      exclude: existing?.exclude ?? [],
      active: true,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    await subscriptions.put(next);
    const verb = existing?.active ? 'Updated' : 'Subscribed';
    return replyHtml(
      ctx,
      `${verb}: the digest will come every day at <b>${next.time}</b> (${escapeHtml(next.timeZone)}). Send /unsubscribe to stop.`,
    );
  },
});
