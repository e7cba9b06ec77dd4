// /digest: today's briefing now (the last 24 hours of arrivals).
import { renderBriefing } from '../briefings/render.js';
import { defineCommand } from '../src/telegram/define-command.js';
import { replyHtml } from '../src/telegram/reply.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export const digest = defineCommand({
  name: 'digest',
  description: "Today's briefing now",
  handle: async (ctx, { briefings, clock, subscriptions, defaults }) => {
    const until = clock.now();
    const since = new Date(until.getTime() - DAY_MS);
    const chatId = ctx.chat?.id;
    const subscription = chatId === undefined ? undefined : await subscriptions.get(chatId);
    const briefing = await briefings.build({ since, until });
    return replyHtml(ctx, renderBriefing(briefing, { timeZone: subscription?.timeZone ?? defaults.timeZone }));
  },
});
