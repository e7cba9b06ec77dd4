// /digest — today's briefing now (the last 24 hours of arrivals);
// /digest YYYY-MM-DD — the briefing as the scheduler composed it that day (the archive).
import { renderBriefing } from '../briefings/render.js';
import { defineCommand } from '../src/telegram/define-command.js';
import { escapeHtml } from '../src/telegram/html.js';
import { replyHtml } from '../src/telegram/reply.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const USAGE = 'Usage: /digest for the last 24 hours, or /digest YYYY-MM-DD for an earlier day’s digest.';

export const digest = defineCommand({
  name: 'digest',
  // No fixed example date here: the menu can't know which days have an archived digest (/help shows one that does).
  description: "Today's briefing now; /digest YYYY-MM-DD for the digest composed that day (UTC)",
  handle: async (ctx, { briefings, archive, clock, subscriptions, defaults }) => {
    const chatId = ctx.chat?.id;
    const subscription = chatId === undefined ? undefined : await subscriptions.get(chatId);
    const timeZone = subscription?.timeZone ?? defaults.timeZone;
    const argument = ctx.match.trim();
    if (argument) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(argument) || Number.isNaN(Date.parse(argument))) return replyHtml(ctx, escapeHtml(USAGE));
      const archived = await archive.get(argument);
      if (!archived) {
        return replyHtml(ctx, `No digest was composed on ${escapeHtml(argument)}: days are archived when a digest is composed for delivery. /help names a day that has one.`);
      }
      return replyHtml(ctx, renderBriefing(archived, { timeZone, title: `Digest of ${argument}` }));
    }
    const until = clock.now();
    const briefing = await briefings.build({ since: new Date(until.getTime() - DAY_MS), until });
    return replyHtml(ctx, renderBriefing(briefing, { timeZone }));
  },
});
